package vn.reportbot.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The offices and units, with look-ups by id and by address. What it holds is an immutable snapshot, replaced whole
 * when the directory file changes (through the directory page or by hand), so that everyone holding this object
 * sees the new offices and addresses at once and never half a change. Lookups are hash based, so their cost does
 * not grow with the number of units.
 */
public final class Directory {

    private final AtomicReference<Snapshot> current;

    public Directory(List<Office> offices) {
        current = new AtomicReference<>(new Snapshot(offices));
    }

    /** From now on, answers as {@code other} does (the directory file was read again). */
    void replaceWith(Directory other) {
        current.set(other.current.get());
    }

    public List<Office> offices() {
        return List.copyOf(current.get().offices.values());
    }

    /** The one office asked for (refused with the known ones when unknown), or all when none is asked for. */
    public List<Office> officesOrOne(Optional<String> officeId) {
        return officeId.map(id -> List.of(requireOffice(id))).orElseGet(this::offices);
    }

    public Optional<Office> office(String id) {
        return Optional.ofNullable(id == null ? null : current.get().offices.get(id));
    }

    public Office requireOffice(String id) {
        Snapshot now = current.get();
        return Optional.ofNullable(id == null ? null : now.offices.get(id)).orElseThrow(() -> new IllegalArgumentException(
                "unknown office '" + id + "'; known offices: " + String.join(", ", now.offices.keySet())));
    }

    /** The unit whose registered addresses include this one (case-insensitive). */
    public Optional<Unit> unitByAddress(String address) {
        return Optional.ofNullable(address == null ? null
                : current.get().unitsByAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    /** The office whose designated mailbox is this address (case-insensitive). */
    public Optional<Office> officeByMailbox(String address) {
        return Optional.ofNullable(address == null ? null
                : current.get().officesByMailbox.get(address.toLowerCase(Locale.ROOT)));
    }

    /** The office whose staff list includes this address (case-insensitive). */
    public Optional<Office> officeByStaffAddress(String address) {
        return Optional.ofNullable(address == null ? null
                : current.get().officesByStaffAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    /**
     * Every address the directory names: mailboxes, staff and units. The same list, made once, until the directory
     * file is read again: a caller may keep what it derives from it for as long as it gets this very list.
     */
    public List<String> allAddresses() {
        return current.get().allAddresses;
    }

    /** One reading of the directory file, with its indexes. */
    private static final class Snapshot {
        final Map<String, Office> offices = new LinkedHashMap<>();
        final Map<String, Unit> unitsByAddress = new HashMap<>();
        final Map<String, Office> officesByMailbox = new HashMap<>();
        final Map<String, Office> officesByStaffAddress = new HashMap<>();
        final List<String> allAddresses;

        Snapshot(List<Office> offices) {
            for (Office office : offices) {
                this.offices.put(office.id(), office);
                officesByMailbox.put(office.mailbox(), office);
                office.staff().forEach(s -> officesByStaffAddress.put(s.email(), office));
                for (Unit unit : office.units()) {
                    unit.emails().forEach(e -> unitsByAddress.put(e, unit));
                }
            }
            Set<String> all = new LinkedHashSet<>();
            for (Office office : offices) {
                all.add(office.mailbox());
                office.staff().forEach(s -> all.add(s.email()));
                office.units().forEach(u -> all.addAll(u.emails()));
            }
            allAddresses = List.copyOf(all);
        }
    }
}
