package vn.reportbot.directory;

/** A member of an office's staff, who receives digests and may send dispatches to the bot. */
public record StaffMember(String name, String email) {
}
