package vn.reportbot.directory;

import java.util.List;

/**
 * The directory file was read again (changed through the directory page or by hand) and the running
 * {@link Directory} now answers from it.
 *
 * @param addresses every address it names now: mailboxes, staff and units
 */
public record DirectoryChanged(List<String> addresses) {
    public DirectoryChanged {
        addresses = List.copyOf(addresses);
    }
}
