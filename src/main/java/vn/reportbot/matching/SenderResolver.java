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
    /** The directory's addresses by skeleton, made again when the directory is read again. */
    private volatile LookAlike.Index lookAlikes;

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
     * @param lookAlike  whether the address or the display name is made to pass for a unit's ({@link LookAlike}):
     *                   then no unit is guessed either
     */
    record Sender(Optional<Office> office, Optional<Unit> registered, Unit unit, Unit claimed, List<String> reasons,
                  boolean lookAlike) {

        Sender(Optional<Office> office, Optional<Unit> registered, Unit unit, Unit claimed, List<String> reasons) {
            this(office, registered, unit, claimed, reasons, false);
        }
    }

    private LookAlike.Index lookAlikes() {
        List<String> addresses = directory.allAddresses();
        LookAlike.Index index = lookAlikes;
        if (index == null || !index.madeFrom(addresses)) {
            index = new LookAlike.Index(addresses);
            lookAlikes = index;
        }
        return index;
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
        List<String> lookAlike = new ArrayList<>();
        if (registered.isEmpty()) {
            LookAlike.address(message.fromAddress(), directory, lookAlikes()).ifPresent(lookAlike::add);
            LookAlike.name(message.fromName()).ifPresent(lookAlike::add);
        }
        if (office.isEmpty()) {
            reasons.addAll(lookAlike);
            return new Sender(office, registered, null, null, reasons, !lookAlike.isEmpty());
        }
        Office theOffice = office.get();
        Unit unit = registered.filter(u -> u.officeId().equals(theOffice.id())).orElse(null);
        String forged = message.authentication().forgeryEvidence();
        Unit claimed = null;
        if (unit != null && forged != null) {
            reasons.add("người gửi mang địa chỉ đã đăng ký của " + unit.name() + ", nhưng " + forged
                    + ": địa chỉ có thể bị giả mạo, cần cán bộ xác nhận");
            claimed = unit;
            unit = null;
        } else if (unit != null && confirmed.isPresent()) {
            reasons.add("địa chỉ người gửi đã được cán bộ xác nhận là của " + unit.name());
        } else if (unit != null) {
            reasons.add("người gửi là địa chỉ đã đăng ký của " + unit.name());
        } else if (registered.isPresent()) {
            reasons.add("người gửi là địa chỉ đã đăng ký của " + registered.get().name() + " thuộc cơ quan "
                    + registered.get().officeId() + ", không thuộc " + theOffice.id());
        } else if (directory.officeByStaffAddress(message.fromAddress()).isPresent()) {
            reasons.add("người gửi " + message.fromAddress() + " là cán bộ của cơ quan, không phải đơn vị báo cáo");
        } else {
            reasons.add("người gửi " + LookAlike.visible(String.valueOf(message.fromAddress()))
                    + " không phải địa chỉ đã đăng ký");
        }
        reasons.addAll(lookAlike);
        return new Sender(office, registered, unit, claimed, reasons, !lookAlike.isEmpty());
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
