package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.LearnedAddresses;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.intake.ReceivedMessage;

/**
 * Who sent a message: the office whose mailbox received it, and the unit whose registered (or staff-confirmed)
 * address sent it, unless the receiving server found that address forged.
 */
final class SenderResolver {

    private final Directory directory;
    private final LearnedAddresses learned;

    SenderResolver(Directory directory, LearnedAddresses learned) {
        this.directory = directory;
        this.learned = learned;
    }

    /**
     * What is known of the sender.
     *
     * @param office     the receiving office (or, when no office's mailbox is among the recipients, the registered
     *                   unit's), empty when neither
     * @param registered the unit the address is registered or confirmed for, of whichever office
     * @param unit       the unit of {@code office} that sent it, trusted; null when unknown or perhaps forged
     * @param claimed    the unit whose registered address a forged message claims; null otherwise
     */
    record Sender(Optional<Office> office, Optional<Unit> registered, Unit unit, Unit claimed, List<String> reasons) {
    }

    Sender resolve(ReceivedMessage message) {
        Optional<Office> office = receivingOffice(message);
        Optional<Unit> listed = directory.unitByAddress(message.fromAddress());
        Optional<Unit> confirmed = listed.isPresent() ? Optional.empty()
                : learned.unitFor(message.fromAddress()).flatMap(ref -> directory.office(ref.officeId())
                        .flatMap(o -> o.unit(ref.unitId())));
        Optional<Unit> registered = listed.or(() -> confirmed);
        if (office.isEmpty() && registered.isPresent()) {
            office = directory.office(registered.get().officeId());
        }
        List<String> reasons = new ArrayList<>();
        if (office.isEmpty()) {
            return new Sender(office, registered, null, null, reasons);
        }
        Office theOffice = office.get();
        Unit unit = registered.filter(u -> u.officeId().equals(theOffice.id())).orElse(null);
        String forged = message.authentication().forgeryEvidence();
        Unit claimed = null;
        if (unit != null && forged != null) {
            reasons.add("sender claims a registered address of " + unit.name() + ", but " + forged
                    + ": the address may be forged, so a person must confirm");
            claimed = unit;
            unit = null;
        } else if (unit != null && confirmed.isPresent()) {
            reasons.add("sender's address was confirmed by staff for " + unit.name());
        } else if (unit != null) {
            reasons.add("sender is a registered address of " + unit.name());
        } else if (registered.isPresent()) {
            reasons.add("sender is registered for " + registered.get().name() + " of office " + registered.get().officeId()
                    + ", not of " + theOffice.id());
        } else if (directory.officeByStaffAddress(message.fromAddress()).isPresent()) {
            reasons.add("sender " + message.fromAddress() + " is staff of the office, not a reporting unit");
        } else {
            reasons.add("sender " + message.fromAddress() + " is not a registered address");
        }
        return new Sender(office, registered, unit, claimed, reasons);
    }

    private Optional<Office> receivingOffice(ReceivedMessage message) {
        for (String recipient : message.recipients()) {
            Optional<Office> office = directory.officeByMailbox(recipient);
            if (office.isPresent()) {
                return office;
            }
        }
        return Optional.empty();
    }
}
