package vn.reportbot.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.reportbot.system.Leases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import vn.reportbot.directory.DirectoryEdit.AddAlias;
import vn.reportbot.directory.DirectoryEdit.AddStaff;
import vn.reportbot.directory.DirectoryEdit.AddUnit;
import vn.reportbot.directory.DirectoryEdit.AddUnitAddress;
import vn.reportbot.directory.DirectoryEdit.ChangeStaff;
import vn.reportbot.directory.DirectoryEdit.ChangeUnitAddress;
import vn.reportbot.directory.DirectoryEdit.RemoveAlias;
import vn.reportbot.directory.DirectoryEdit.RemoveStaff;
import vn.reportbot.directory.DirectoryEdit.RemoveUnitAddress;
import vn.reportbot.directory.DirectoryEdit.RenameUnit;
import vn.reportbot.directory.DirectoryEditRefused.Reason;
import vn.reportbot.text.VietnameseText;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Changes the directory file the service was started with, which stays the one place the directory lives: a change
 * is made to the file as it is on disk now, the changed file must load exactly as at start-up, and only then does it
 * replace the file (atomically, the previous one kept beside it as {@code directory.yml.bak}) and the running
 * {@link Directory}. A file changed by hand is read again the same way ({@link #reloadIfChanged()}); one that does
 * not load leaves the running directory as it was.
 */
public final class DirectoryEditor {

    private static final Logger log = LoggerFactory.getLogger(DirectoryEditor.class);

    /** What a change did, for the audit log: {@code subject} {@code unit} or {@code office}. */
    public record Change(String subject, String subjectId, String action, String before, String after) {
    }

    private final Path file;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    /** Keeps the edits of the instances sharing the file apart; empty where no other instance writes it. */
    private final Optional<Leases> leases;
    private String loadedText;

    DirectoryEditor(Path file, Directory directory, String loadedText, ApplicationEventPublisher events) {
        this(file, directory, loadedText, events, Optional.empty());
    }

    DirectoryEditor(Path file, Directory directory, String loadedText, ApplicationEventPublisher events,
                    Optional<Leases> leases) {
        this.file = file;
        this.directory = directory;
        this.loadedText = loadedText;
        this.events = events;
        this.leases = leases;
    }

    /** The directory file the service reads and writes. */
    public Path file() {
        return file;
    }

    /** The file kept as it was before the last change made here. */
    public Path backup() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Reads the file again when it differs from what the running directory was read from.
     *
     * @return the loader's problem when the file on disk does not load (the running directory stays as it was)
     */
    public synchronized Optional<String> reloadIfChanged() {
        try {
            String text = read();
            if (!text.equals(loadedText)) {
                adopt(DirectoryLoader.load(file), text);
                log.info("Directory {} changed on disk: read again", file);
            }
            return Optional.empty();
        } catch (DirectoryException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Makes the change in the file and the running directory, or refuses it and leaves both as they were. The file is
     * read, changed and written while this instance holds the lease {@code directory-file}, so that two instances
     * sharing the file never lose one of two edits made at the same moment.
     */
    public synchronized Change apply(DirectoryEdit edit) {
        leases.ifPresent(l -> l.await(LEASE));
        try {
            return applyToFile(edit);
        } finally {
            leases.ifPresent(l -> l.release(LEASE));
        }
    }

    private static final String LEASE = "directory-file";

    private Change applyToFile(DirectoryEdit edit) {
        String text;
        Directory now;
        try {
            text = read();
            now = DirectoryLoader.load(file);
        } catch (DirectoryException e) {
            throw new DirectoryEditRefused(null, Reason.FILE_INVALID, e.getMessage());
        }
        if (!text.equals(loadedText)) {
            adopt(now, text);
        }
        Office office = now.office(edit.officeId()).orElseThrow(() -> new DirectoryEditRefused(null, Reason.NOT_FOUND));
        DirectoryDocument document = DirectoryDocument.parse(text);
        Change change;
        if (edit instanceof DirectoryEdit.OfUnit unitEdit) {
            change = changeUnit(now, office, unitEdit, document);
        } else if (edit instanceof AddStaff add) {
            change = addStaff(now, office, add, document);
        } else if (edit instanceof ChangeStaff staffChange) {
            change = changeStaff(now, office, staffChange, document);
        } else {
            change = removeStaff(office, (RemoveStaff) edit, document);
        }
        write(document.text());
        return change;
    }

    private Change changeUnit(Directory now, Office office, DirectoryEdit.OfUnit edit, DirectoryDocument document) {
        String subjectId = office.id() + "/" + edit.unitId();
        if (edit instanceof AddUnit add) {
            String id = add.unitId() == null ? "" : add.unitId().trim().toLowerCase(Locale.ROOT);
            if (!DirectoryLoader.ID.matcher(id).matches()) {
                throw new DirectoryEditRefused("id", Reason.INVALID_ID);
            }
            Optional<Unit> same = office.unit(id);
            if (same.isPresent()) {
                throw new DirectoryEditRefused("id", Reason.ID_TAKEN, same.get().name());
            }
            String name = name(office, null, add.name(), "name");
            String address = freeAddress(now, add.address(), null);
            document.addUnit(office.id(), id, name, address);
            return new Change("unit", office.id() + "/" + id, "add-unit", null,
                    describe(new Unit(id, office.id(), name, List.of(address), List.of())));
        }
        Unit unit = office.unit(edit.unitId()).orElseThrow(() -> new DirectoryEditRefused(null, Reason.NOT_FOUND));
        MappingNode node = document.unit(office.id(), unit.id());
        List<String> emails = new ArrayList<>(DirectoryDocument.values(node, "emails"));
        List<String> aliases = new ArrayList<>(DirectoryDocument.values(node, "aliases"));
        String name = unit.name();
        String action;
        if (edit instanceof RenameUnit rename) {
            name = name(office, unit, rename.name(), "name");
            if (name.equals(unit.name())) {
                throw new DirectoryEditRefused("name", Reason.UNCHANGED);
            }
            DirectoryDocument.put(node, "name", name);
            action = "rename";
        } else if (edit instanceof AddUnitAddress add) {
            emails.add(freeAddress(now, add.address(), null));
            DirectoryDocument.putValues(node, "emails", emails);
            action = "add-address";
        } else if (edit instanceof ChangeUnitAddress change) {
            int at = indexIgnoringCase(emails, change.oldAddress());
            if (at < 0) {
                throw new DirectoryEditRefused("address", Reason.NOT_FOUND);
            }
            String address = freeAddress(now, change.address(), unit);
            if (address.equalsIgnoreCase(emails.get(at).trim())) {
                throw new DirectoryEditRefused("address", Reason.UNCHANGED);
            }
            if (indexIgnoringCase(emails, address) >= 0) {
                throw new DirectoryEditRefused("address", Reason.ADDRESS_OF_UNIT, unit.name(), office.name());
            }
            emails.set(at, address);
            DirectoryDocument.putValues(node, "emails", emails);
            action = "change-address";
        } else if (edit instanceof RemoveUnitAddress remove) {
            int at = indexIgnoringCase(emails, remove.address());
            if (at < 0) {
                throw new DirectoryEditRefused("address", Reason.NOT_FOUND);
            }
            if (emails.size() == 1) {
                throw new DirectoryEditRefused("address", Reason.LAST_ADDRESS);
            }
            emails.remove(at);
            DirectoryDocument.putValues(node, "emails", emails);
            action = "remove-address";
        } else if (edit instanceof AddAlias add) {
            aliases.add(name(office, null, add.alias(), "alias"));
            DirectoryDocument.putValues(node, "aliases", aliases);
            action = "add-alias";
        } else if (edit instanceof RemoveAlias remove) {
            String alias = VietnameseText.collapseSpaces(remove.alias() == null ? "" : remove.alias());
            if (!aliases.removeIf(a -> VietnameseText.collapseSpaces(a).equals(alias))) {
                throw new DirectoryEditRefused("alias", Reason.NOT_FOUND);
            }
            DirectoryDocument.putValues(node, "aliases", aliases);
            action = "remove-alias";
        } else {
            throw new IllegalStateException("unknown change " + edit);
        }
        Unit after = new Unit(unit.id(), office.id(), name, lower(emails),
                aliases.stream().map(VietnameseText::collapseSpaces).toList());
        return new Change("unit", subjectId, action, describe(unit), describe(after));
    }

    private Change addStaff(Directory now, Office office, AddStaff add, DirectoryDocument document) {
        String name = nonEmpty(add.name(), "name");
        String email = freeAddress(now, add.email(), null, "email");
        document.addStaff(office.id(), name, email);
        List<StaffMember> staff = new ArrayList<>(office.staff());
        staff.add(new StaffMember(name, email));
        return new Change("office", office.id(), "add-staff", describe(office.staff()), describe(staff));
    }

    private Change changeStaff(Directory now, Office office, ChangeStaff change, DirectoryDocument document) {
        int at = staffIndex(office, change.oldEmail());
        StaffMember old = office.staff().get(at);
        String name = nonEmpty(change.name(), "name");
        String email = normalised(change.email(), "email");
        if (!email.equals(old.email())) {
            email = freeAddress(now, email, null, "email");
        } else if (name.equals(old.name())) {
            throw new DirectoryEditRefused("name", Reason.UNCHANGED);
        }
        MappingNode node = document.staffMember(office.id(), old.email());
        DirectoryDocument.put(node, "name", name);
        DirectoryDocument.put(node, "email", email);
        List<StaffMember> staff = new ArrayList<>(office.staff());
        staff.set(at, new StaffMember(name, email));
        return new Change("office", office.id(), "change-staff", describe(office.staff()), describe(staff));
    }

    private Change removeStaff(Office office, RemoveStaff remove, DirectoryDocument document) {
        int at = staffIndex(office, remove.email());
        document.removeStaff(office.id(), office.staff().get(at).email());
        List<StaffMember> staff = new ArrayList<>(office.staff());
        staff.remove(at);
        return new Change("office", office.id(), "remove-staff", describe(office.staff()), describe(staff));
    }

    private static int staffIndex(Office office, String email) {
        for (int i = 0; i < office.staff().size(); i++) {
            if (office.staff().get(i).email().equalsIgnoreCase(email == null ? "" : email.trim())) {
                return i;
            }
        }
        throw new DirectoryEditRefused("email", Reason.NOT_FOUND);
    }

    /** A unit's name or alias: not empty, and not the name or an alias of another unit of the office (nor of this one). */
    private static String name(Office office, Unit renamed, String given, String field) {
        String name = nonEmpty(given, field);
        String key = VietnameseText.nfc(name).toLowerCase(Locale.ROOT);
        for (Unit unit : office.units()) {
            List<String> names = new ArrayList<>(unit.aliases());
            if (unit != renamed) {
                names.add(unit.name());
            }
            for (String other : names) {
                if (VietnameseText.nfc(other).toLowerCase(Locale.ROOT).equals(key)) {
                    throw new DirectoryEditRefused(field, Reason.NAME_CLASH, unit.name());
                }
            }
        }
        return name;
    }

    private static String nonEmpty(String given, String field) {
        String text = VietnameseText.collapseSpaces(VietnameseText.nfc(given == null ? "" : given));
        if (text.isEmpty()) {
            throw new DirectoryEditRefused(field, Reason.EMPTY);
        }
        return text;
    }

    private static String freeAddress(Directory now, String given, Unit mayHaveIt) {
        return freeAddress(now, given, mayHaveIt, "address");
    }

    /** An email address no one in the file has yet (but {@code mayHaveIt}), lower-cased. */
    private static String freeAddress(Directory now, String given, Unit mayHaveIt, String field) {
        String address = normalised(given, field);
        for (Office office : now.offices()) {
            if (office.mailbox().equals(address)) {
                throw new DirectoryEditRefused(field, Reason.ADDRESS_IS_MAILBOX, office.name());
            }
            for (StaffMember member : office.staff()) {
                if (member.email().equals(address)) {
                    throw new DirectoryEditRefused(field, Reason.ADDRESS_OF_STAFF, member.name(), office.name());
                }
            }
            for (Unit unit : office.units()) {
                boolean mine = mayHaveIt != null && unit.id().equals(mayHaveIt.id()) && unit.officeId().equals(mayHaveIt.officeId());
                if (!mine && unit.emails().contains(address)) {
                    throw new DirectoryEditRefused(field, Reason.ADDRESS_OF_UNIT, unit.name(), office.name());
                }
            }
        }
        return address;
    }

    private static String normalised(String given, String field) {
        String address = given == null ? "" : given.trim().toLowerCase(Locale.ROOT);
        if (!DirectoryLoader.EMAIL.matcher(address).matches()) {
            throw new DirectoryEditRefused(field, Reason.INVALID_ADDRESS);
        }
        return address;
    }

    private static int indexIgnoringCase(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).trim().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lower(List<String> emails) {
        return emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** A unit as the audit log shows it. */
    static String describe(Unit unit) {
        return "name: " + unit.name() + "\nemails: [" + String.join(", ", unit.emails()) + "]\naliases: ["
                + String.join(", ", unit.aliases()) + "]";
    }

    static String describe(List<StaffMember> staff) {
        StringBuilder text = new StringBuilder();
        staff.forEach(s -> text.append(s.name()).append(" <").append(s.email()).append(">\n"));
        return text.toString().strip();
    }

    /** Loads the changed text as at start-up, then puts it in place of the file and of the running directory. */
    private void write(String text) {
        Path target = realFile();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Directory next;
            try {
                next = DirectoryLoader.load(temp, file);
            } catch (DirectoryException e) {
                throw new DirectoryEditRefused(null, Reason.FILE_INVALID, e.getMessage());
            }
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file keeps the folder's defaults
            }
            Files.copy(target, backup(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            adopt(next, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the directory file " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    log.warn("Cannot remove {}: {}", temp, e.getMessage());
                }
            }
        }
    }

    private Path realFile() {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    private void adopt(Directory next, String text) {
        directory.replaceWith(next);
        loadedText = text;
        events.publishEvent(new DirectoryChanged(next.allAddresses()));
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DirectoryException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
