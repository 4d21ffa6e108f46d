package vn.reportbot.directory;

/**
 * One change a person asks of the directory file: a unit's name, addresses or aliases, a new unit, an office's
 * staff. Offices and unit ids are not changed here: tasks, mailboxes and settings name them.
 */
public sealed interface DirectoryEdit {

    String officeId();

    /** A change to one unit of the office. */
    sealed interface OfUnit extends DirectoryEdit {
        String unitId();
    }

    record RenameUnit(String officeId, String unitId, String name) implements OfUnit {
    }

    record AddUnitAddress(String officeId, String unitId, String address) implements OfUnit {
    }

    record ChangeUnitAddress(String officeId, String unitId, String oldAddress, String address) implements OfUnit {
    }

    record RemoveUnitAddress(String officeId, String unitId, String address) implements OfUnit {
    }

    record AddAlias(String officeId, String unitId, String alias) implements OfUnit {
    }

    record RemoveAlias(String officeId, String unitId, String alias) implements OfUnit {
    }

    record AddUnit(String officeId, String unitId, String name, String address) implements OfUnit {
    }

    record AddStaff(String officeId, String name, String email) implements DirectoryEdit {
    }

    record ChangeStaff(String officeId, String oldEmail, String name, String email) implements DirectoryEdit {
    }

    record RemoveStaff(String officeId, String email) implements DirectoryEdit {
    }
}
