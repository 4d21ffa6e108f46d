package vn.reportbot.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offices and units, with look-ups by id and by address. Immutable; lookups are hash based,
 * so their cost does not grow with the number of units.
 */
public final class Directory {

    private final Map<String, Office> offices = new LinkedHashMap<>();
    private final Map<String, Unit> unitsByAddress = new HashMap<>();
    private final Map<String, Office> officesByMailbox = new HashMap<>();
    private final Map<String, Office> officesByStaffAddress = new HashMap<>();

    public Directory(List<Office> offices) {
        for (Office office : offices) {
            this.offices.put(office.id(), office);
            officesByMailbox.put(office.mailbox(), office);
            office.staff().forEach(s -> officesByStaffAddress.put(s.email(), office));
            for (Unit unit : office.units()) {
                unit.emails().forEach(e -> unitsByAddress.put(e, unit));
            }
        }
    }

    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    /** The one office asked for (refused with the known ones when unknown), or all when none is asked for. */
    public List<Office> officesOrOne(Optional<String> officeId) {
        return officeId.map(id -> List.of(requireOffice(id))).orElseGet(this::offices);
    }

    public Optional<Office> office(String id) {
        return Optional.ofNullable(id == null ? null : offices.get(id));
    }

    public Office requireOffice(String id) {
        return office(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown office '" + id + "'; known offices: " + String.join(", ", offices.keySet())));
    }

    /** The unit whose registered addresses include this one (case-insensitive). */
    public Optional<Unit> unitByAddress(String address) {
        return Optional.ofNullable(address == null ? null : unitsByAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    /** The office whose designated mailbox is this address (case-insensitive). */
    public Optional<Office> officeByMailbox(String address) {
        return Optional.ofNullable(address == null ? null : officesByMailbox.get(address.toLowerCase(Locale.ROOT)));
    }

    /** The office whose staff list includes this address (case-insensitive). */
    public Optional<Office> officeByStaffAddress(String address) {
        return Optional.ofNullable(address == null ? null : officesByStaffAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    /** Every address the directory names: mailboxes, staff and units. */
    public List<String> allAddresses() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (Office office : offices.values()) {
            all.add(office.mailbox());
            office.staff().forEach(s -> all.add(s.email()));
            office.units().forEach(u -> all.addAll(u.emails()));
        }
        return List.copyOf(all);
    }
}
