package vn.reportbot.dispatch;

import java.util.Optional;
import java.util.stream.Collectors;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.text.VietnameseText;

/** Tells which office of the directory issued a dispatch: by the reporting mailbox it names, else by the issuer's name. */
public final class OfficeResolver {

    private final Directory directory;

    public OfficeResolver(Directory directory) {
        this.directory = directory;
    }

    public Optional<Office> resolve(ParsedDispatch parsed) {
        if (parsed.mailbox() != null) {
            Optional<Office> byMailbox = directory.officeByMailbox(parsed.mailbox());
            if (byMailbox.isPresent()) {
                return byMailbox;
            }
        }
        String issuer = parsed.issuer() == null ? "" : VietnameseText.toneInsensitiveKey(parsed.issuer());
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        for (Office office : directory.offices()) {
            if (VietnameseText.toneInsensitiveKey(office.name()).equals(issuer)) {
                return Optional.of(office);
            }
        }
        return Optional.empty();
    }

    /** Resolves the office, or explains why it cannot be told, listing the known ones. */
    public Office require(ParsedDispatch parsed, Optional<String> officeHint) {
        if (officeHint.isPresent() && !officeHint.get().isBlank()) {
            return directory.office(officeHint.get()).orElseThrow(() -> new UnknownOfficeException(
                    "office '" + officeHint.get() + "' is not in the directory; known offices: " + known()));
        }
        return resolve(parsed).orElseThrow(() -> new UnknownOfficeException(
                "cannot tell which office issued dispatch " + (parsed.hasNumber() ? parsed.number() : "without a number")
                        + " (issuer '" + parsed.issuer()
                        + "', reporting mailbox " + (parsed.mailbox() == null ? "not named" : parsed.mailbox())
                        + "); give the office explicitly; known offices: " + known()));
    }

    private String known() {
        return directory.offices().stream().map(o -> o.id() + " (" + o.name() + ")").collect(Collectors.joining(", "));
    }
}
