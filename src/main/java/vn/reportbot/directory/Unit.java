package vn.reportbot.directory;

import java.util.List;

/**
 * A reporting unit (a commune or town) of one office.
 *
 * @param id      stable id, unique within its office ({@code [a-z0-9-]})
 * @param name    official name as written, e.g. {@code Xã Phước Đại}
 * @param emails  registered sender addresses, lower-cased; never empty
 * @param aliases other names the unit goes by; may be empty
 * @param addressee how mail to the unit is addressed ({@code Kính gửi: …}) whatever a dispatch's recipients say,
 *                  e.g. {@code Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại}; null: as the dispatch addressed it
 */
public record Unit(String id, String officeId, String name, List<String> emails, List<String> aliases, String addressee) {
    public Unit {
        emails = List.copyOf(emails);
        aliases = List.copyOf(aliases);
    }

    /** A unit addressed as each dispatch addresses it. */
    public Unit(String id, String officeId, String name, List<String> emails, List<String> aliases) {
        this(id, officeId, name, emails, aliases, null);
    }
}
