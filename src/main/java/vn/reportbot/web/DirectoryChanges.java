package vn.reportbot.web;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.DirectoryEdit;
import vn.reportbot.directory.DirectoryEditor;
import vn.reportbot.directory.LearnedAddressStore;

/**
 * A person's change to the directory: made in the file (by {@link DirectoryEditor}) and recorded in the audit log;
 * an address now in the file is no longer a learned one, so that the two never disagree about a sender.
 */
@Service
class DirectoryChanges {

    private final DirectoryEditor editor;
    private final LearnedAddressStore learned;
    private final AuditLog audit;

    DirectoryChanges(DirectoryEditor editor, LearnedAddressStore learned, AuditLog audit) {
        this.editor = editor;
        this.learned = learned;
        this.audit = audit;
    }

    @Transactional
    DirectoryEditor.Change apply(String actor, DirectoryEdit edit) {
        DirectoryEditor.Change change = editor.apply(edit);
        String added = edit instanceof DirectoryEdit.AddUnitAddress add ? add.address()
                : edit instanceof DirectoryEdit.ChangeUnitAddress change2 ? change2.address()
                : edit instanceof DirectoryEdit.AddUnit unit ? unit.address() : null;
        if (added != null) {
            learned.forget(added);
        }
        audit.record(actor, change.subject(), change.subjectId(), change.action(), change.before(), change.after());
        return change;
    }

    /** Forgets a learned address of a unit, recorded on the unit's page. */
    @Transactional
    boolean forgetLearned(String actor, String officeId, String unitId, String address) {
        boolean forgotten = learned.ofOffice(officeId).stream()
                .anyMatch(a -> a.unitId().equals(unitId) && a.address().equalsIgnoreCase(address.trim()))
                && learned.forget(address);
        if (forgotten) {
            audit.record(actor, "unit", officeId + "/" + unitId, "forget-learned-address", address.trim().toLowerCase(
                    java.util.Locale.ROOT), null);
        }
        return forgotten;
    }
}
