package vn.reportbot.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the receiving mail server found when it checked the sender (RFC 8601 {@code Authentication-Results}): the
 * DKIM, SPF and DMARC results of the topmost such field, the one the server that delivered the message to the
 * office's mailbox added. Fields further down were written by servers on the way, or by the sender, and are not
 * believed.
 *
 * @param server the authentication service that wrote the field (its {@code authserv-id}), or {@code null} when the
 *               message has none
 * @param dkim   {@code pass}, {@code fail}, {@code none}…, or {@code null} when not reported; with several
 *               signatures, {@code pass} if any passed
 * @param spf    the SPF result, or {@code null}
 * @param dmarc  the DMARC result, or {@code null}
 */
public record SenderAuthentication(String server, String dkim, String spf, String dmarc) {

    private static final Pattern RESULT = Pattern.compile("(?i)(?:^|;)\\s*(dkim|spf|dmarc)\\s*=\\s*([a-z]+)");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    /** No authentication results at all. */
    public static final SenderAuthentication NONE = new SenderAuthentication(null, null, null, null);

    /** Reads the topmost of the message's {@code Authentication-Results} fields (in the order they appear). */
    static SenderAuthentication of(List<String> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        String field = fields.get(0);
        String plain = field;
        for (int i = 0; i < 3; i++) {
            plain = COMMENT.matcher(plain).replaceAll(" ");
        }
        int semicolon = plain.indexOf(';');
        String server = (semicolon < 0 ? plain : plain.substring(0, semicolon)).strip().split("\\s+")[0];
        String dkim = null;
        String spf = null;
        String dmarc = null;
        Matcher m = RESULT.matcher(semicolon < 0 ? "" : plain.substring(semicolon));
        while (m.find()) {
            String method = m.group(1).toLowerCase(Locale.ROOT);
            String result = m.group(2).toLowerCase(Locale.ROOT);
            switch (method) {
                case "dkim" -> dkim = dkim == null || !dkim.equals("pass") ? result : dkim;
                case "spf" -> spf = spf == null ? result : spf;
                default -> dmarc = dmarc == null ? result : dmarc;
            }
        }
        return new SenderAuthentication(server.isEmpty() ? null : server, dkim, spf, dmarc);
    }

    /**
     * Why the sender's address should not be believed, or {@code null} when nothing says so: DMARC failed, SPF
     * failed outright, or every DKIM signature failed. A missing, neutral or soft-failing result is no evidence of
     * forgery (forwarding and small mail servers produce them all the time).
     */
    public String forgeryEvidence() {
        List<String> failed = new ArrayList<>();
        if ("fail".equals(dmarc)) {
            failed.add("dmarc=fail");
        }
        if ("fail".equals(spf)) {
            failed.add("spf=fail");
        }
        if ("fail".equals(dkim)) {
            failed.add("dkim=fail");
        }
        if (failed.isEmpty()) {
            return null;
        }
        return "máy chủ nhận thư " + (server == null ? "" : "(" + server + ") ") + "báo " + String.join(", ", failed);
    }
}
