package vn.reportbot.dispatchtext;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dispatch (công văn) says, as read by {@link DispatchParser}.
 *
 * @param number      the dispatch's own number and symbol without spaces, letters as written:
 *                    {@code 319/MTTQ-BTT}, {@code 22-CV/BDVHU}; null when the text has none (see {@code problems})
 * @param issuedOn    the date of the {@code <Place>, ngày … tháng … năm …} line; null when there is none
 * @param place       the place named on that line ({@code Bác Ái}); null when there is none
 * @param issuer      the issuing body as a readable name built from the header
 *                    ({@code Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái}); null when the header names none
 * @param subject     the summary line (trích yếu) without its leading {@code V/v}, {@code Về việc} or
 *                    {@code Về}, white space collapsed, first letter kept as written (a Party
 *                    {@code Về tiếp tục …} gives {@code tiếp tục …}); null when there is none
 * @param recipients  the addressees of {@code Kính gửi}, one entry per line or list item, without trailing
 *                    {@code .}/{@code ;}; empty when there is no {@code Kính gửi}, never null
 * @param tasks       the numbered tasks in order; empty when the body has none, never null
 * @param mailbox     the first email address named in the body (where reports go); null when none
 * @param deadline    the date the text sets for reporting ({@code trước 16 giờ 00 ngày 20/9/2021},
 *                    {@code chậm nhất ngày 5/11} with the dispatch's year); null when none is set
 * @param signer      the signing person's name as written ({@code Nguyễn Văn Bền}); null when not found
 * @param signerTitle the signer's title, the line right above the name ({@code PHÓ CHỦ TỊCH}), without the
 *                    authority prefix line ({@code TM. …}, {@code KT. …}); null when not found
 * @param cites       the numbers of other documents the text refers to, normalised like {@link #number},
 *                    distinct, in order of first appearance, never including the dispatch's own number;
 *                    never null
 * @param cadence     how often the dispatch asks for a report ({@code hằng tuần}, {@code thường xuyên báo cáo}…)
 *                    as the text says it; null for a one-off request
 * @param problems    what the text lacks, in Vietnamese for staff ({@code không có số văn bản},
 *                    {@code số văn bản để trống (…/BTG-MTTQ)}, {@code không có ngày ban hành},
 *                    {@code không có cơ quan ban hành}, {@code không có trích yếu}, {@code không có người ký});
 *                    empty for a whole dispatch, never null
 */
public record ParsedDispatch(String number, LocalDate issuedOn, String place, String issuer, String subject,
                             List<String> recipients, List<DispatchTask> tasks, String mailbox, LocalDate deadline,
                             String signer, String signerTitle, List<String> cites, Cadence cadence,
                             List<String> problems) {

    /** A dispatch with nothing missing. */
    public ParsedDispatch(String number, LocalDate issuedOn, String place, String issuer, String subject,
                          List<String> recipients, List<DispatchTask> tasks, String mailbox, LocalDate deadline,
                          String signer, String signerTitle, List<String> cites, Cadence cadence) {
        this(number, issuedOn, place, issuer, subject, recipients, tasks, mailbox, deadline, signer, signerTitle, cites,
                cadence, List.of());
    }

    /** A one-off dispatch, without a cadence. */
    public ParsedDispatch(String number, LocalDate issuedOn, String place, String issuer, String subject,
                          List<String> recipients, List<DispatchTask> tasks, String mailbox, LocalDate deadline,
                          String signer, String signerTitle, List<String> cites) {
        this(number, issuedOn, place, issuer, subject, recipients, tasks, mailbox, deadline, signer, signerTitle, cites,
                null);
    }

    public ParsedDispatch {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        cites = cites == null ? List.of() : List.copyOf(cites);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Whether the text gave the dispatch's own number (an import without one asks staff for it). */
    public boolean hasNumber() {
        return number != null;
    }
}
