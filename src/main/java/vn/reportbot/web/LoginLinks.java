package vn.reportbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.notify.LoginLinkMail;

/**
 * One-time login links for the staff listed in the directory ({@code login_link}): asked for on the login page,
 * mailed through the outbox, opened once within {@code reportbot.web.login-link-validity}. Only the SHA-256 of a
 * link's secret is stored; a link is used up by one atomic update, so two openings at once cannot both log in.
 */
@Component
class LoginLinks {

    private static final Logger log = LoggerFactory.getLogger(LoginLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The secret's form in a link: 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;
    private final LoginLinkMail mail;
    private final AuditLog audit;
    private final WebProperties.Web settings;

    LoginLinks(JdbcClient jdbc, Clock clock, Directory directory, LoginLinkMail mail, AuditLog audit,
               WebProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.mail = mail;
        this.audit = audit;
        this.settings = properties.web();
    }

    /**
     * Stores a new link for the address and queues its mail, in one transaction, when the address is a staff
     * member's of some office and fewer than {@code login-links-per-hour} links were mailed to it in the last hour.
     *
     * @param base the pages' address the link starts with ({@code https://baocao.example.vn})
     * @return whether a mail was queued (the caller answers alike either way)
     */
    @Transactional
    boolean request(String address, String base) {
        String wanted = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        List<Office> offices = officesOf(wanted);
        if (offices.isEmpty()) {
            log.info("A login link was asked for {}, which is no staff member's address: nothing is mailed", wanted);
            return false;
        }
        Instant now = clock.instant();
        int lately = jdbc.sql("SELECT COUNT(*) FROM login_link WHERE address = ? AND created_at > ?")
                .params(wanted, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (lately >= settings.loginLinksPerHour()) {
            log.warn("A login link was asked for {}, which had {} in the last hour already: nothing is mailed", wanted,
                    lately);
            return false;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant until = now.plus(settings.loginLinkValidity());
        String hash = hash(token);
        jdbc.sql("INSERT INTO login_link (token_hash, address, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash, wanted, Timestamp.from(now), Timestamp.from(until)).update();
        long id = jdbc.sql("SELECT id FROM login_link WHERE token_hash = ?").param(hash).query(Long.class).single();
        Office office = offices.get(0);
        StaffMember staff = office.staff().stream().filter(s -> wanted.equalsIgnoreCase(s.email())).findFirst()
                .orElseThrow();
        mail.queue(office, staff, base + "/login/link/" + token, settings.loginLinkValidity(),
                until.atZone(clock.getZone()), String.valueOf(id));
        audit.record(wanted, "login", wanted, "link-sent", null,
                "{\"link\": " + id + ", \"validUntil\": \"" + until + "\"}");
        return true;
    }

    /** Uses up the link: the staff member it logs in, or why it does not. */
    @Transactional
    Opened open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Opened.refused(Outcome.UNKNOWN);
        }
        String hash = hash(token);
        Optional<Link> link = jdbc.sql("SELECT id, address FROM login_link WHERE token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getString("address")))
                .optional();
        if (link.isEmpty()) {
            return Opened.refused(Outcome.UNKNOWN);
        }
        Instant now = clock.instant();
        int taken = jdbc.sql("UPDATE login_link SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), link.get().id(), Timestamp.from(now)).update();
        String address = link.get().address();
        if (taken != 1) {
            Outcome why = isUsed(link.get().id()) ? Outcome.USED : Outcome.EXPIRED;
            audit.record(address, "login", address, "link-refused", null,
                    "{\"link\": " + link.get().id() + ", \"why\": \"" + why.name().toLowerCase(Locale.ROOT) + "\"}");
            return Opened.refused(why);
        }
        List<String> offices = officesOf(address).stream().map(Office::id).toList();
        if (offices.isEmpty()) {
            // the address left the directory since the link was mailed
            return Opened.refused(Outcome.UNKNOWN);
        }
        audit.record(address, "login", address, "link-used", null,
                "{\"link\": " + link.get().id() + ", \"offices\": \"" + String.join(",", offices) + "\"}");
        return new Opened(Outcome.LOGGED_IN, address, offices);
    }

    private boolean isUsed(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM login_link WHERE id = ? AND used_at IS NOT NULL").param(id)
                .query(Integer.class).single() > 0;
    }

    /** The offices whose staff list the address. */
    private List<Office> officesOf(String address) {
        List<Office> offices = new ArrayList<>();
        if (address.isEmpty()) {
            return offices;
        }
        for (Office office : directory.offices()) {
            if (office.staff().stream().anyMatch(s -> address.equalsIgnoreCase(s.email()))) {
                offices.add(office);
            }
        }
        return offices;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Link(long id, String address) {
    }

    enum Outcome { LOGGED_IN, USED, EXPIRED, UNKNOWN }

    /** What opening a link came to: the address and its offices when it logs in. */
    record Opened(Outcome outcome, String address, List<String> offices) {
        static Opened refused(Outcome why) {
            return new Opened(why, null, List.of());
        }
    }
}
