package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * An imported dispatch as matching sees it.
 *
 * @param number   normalised number and symbol, e.g. {@code 319/MTTQ-BTT}
 * @param issuedOn may be null when the document gave no date
 * @param deadline may be null
 */
public record KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject,
                            LocalDate deadline, List<DispatchTask> tasks) {
    public KnownDispatch {
        tasks = List.copyOf(tasks);
    }
}
