package vn.reportbot.directory;

import java.util.List;

/**
 * A change the directory file does not take: the file is left as it was. {@code field} is the form field at fault
 * ({@code name}, {@code address}, {@code alias}, {@code id}, {@code email}), null when it is the whole change;
 * {@code args} fill the reason's text (a unit's or office's name, the loader's own message).
 */
public final class DirectoryEditRefused extends RuntimeException {

    /** Why a change is refused. */
    public enum Reason {
        /** The office, unit, address, alias or staff member to change is not in the file (any more). */
        NOT_FOUND,
        /** Not an email address. */
        INVALID_ADDRESS,
        /** The address is a unit's already: args the unit's name, the office's name. */
        ADDRESS_OF_UNIT,
        /** The address is a staff member's already: args their name, the office's name. */
        ADDRESS_OF_STAFF,
        /** The address is an office's reporting mailbox: args the office's name. */
        ADDRESS_IS_MAILBOX,
        /** A unit needs at least one address. */
        LAST_ADDRESS,
        /** The name or alias is empty. */
        EMPTY,
        /** Another unit of the office (or this one) goes by that name already: args that unit's name. */
        NAME_CLASH,
        /** A unit id must be a-z, 0-9 and '-'. */
        INVALID_ID,
        /** The office has a unit of that id already: args its name. */
        ID_TAKEN,
        /** The change would change nothing. */
        UNCHANGED,
        /** The file on disk, or the file once changed, does not load as at start-up: args the loader's message. */
        FILE_INVALID
    }

    private final String field;
    private final Reason reason;
    private final List<String> args;

    DirectoryEditRefused(String field, Reason reason, String... args) {
        super(reason + (field == null ? "" : " (" + field + ")") + (args.length == 0 ? "" : ": " + String.join("; ", args)));
        this.field = field;
        this.reason = reason;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
