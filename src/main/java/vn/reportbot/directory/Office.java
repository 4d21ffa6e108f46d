package vn.reportbot.directory;

import java.util.List;
import java.util.Optional;

/**
 * A district office that sends dispatches and collects its units' reports.
 *
 * @param mailbox the designated reporting mailbox, lower-cased
 */
public record Office(String id, String name, String mailbox, List<StaffMember> staff, List<Unit> units) {
    public Office {
        staff = List.copyOf(staff);
        units = List.copyOf(units);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }
}
