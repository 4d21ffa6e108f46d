package vn.reportbot.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.text.VietnameseText;

/**
 * Chooses between an office's dispatches that share the number a report names (numbers restart every year): the one
 * whose thread the report replies to; else the one whose issue date the report names; else the one of the year the
 * report was received; else, of those left, the one
 * still open on that day. When that leaves more than one, the choice is not clear: a person must look, the newest
 * offered as the guess. Each way, a reason in Vietnamese tells staff that there was a choice and how it was made.
 */
final class SameNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})\\s*[/.-]\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{4})(?![0-9])");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "ngay\\s+([0-9]{1,2})\\s+thang\\s+([0-9]{1,2})\\s+nam\\s+([0-9]{4})");

    private SameNumber() {
    }

    static DispatchResolver.Answer choose(DispatchMention mention, ReceivedMessage message, Optional<SentMail> repliedTo,
                                          LocalDate reportDay, List<String> reasons) {
        List<KnownDispatch> all = new ArrayList<>(mention.sameNumber());
        all.sort(DispatchMentionFinder.NEWEST_FIRST);
        List<String> oldestFirst = new ArrayList<>(all.stream().map(SameNumber::dated).toList());
        java.util.Collections.reverse(oldestFirst);
        String told = "có " + all.size() + " công văn cùng số " + all.get(0).number() + " (" + joined(oldestFirst) + ")";
        Long thread = repliedTo.map(SentMail::dispatchId).orElse(null);
        for (KnownDispatch d : all) {
            if (thread != null && d.id() == thread) {
                return chosen(mention, d, told + "; đã chọn công văn " + dated(d)
                        + " vì thư này trả lời thư của hệ thống về công văn đó", reasons);
            }
        }
        Set<LocalDate> named = datesNamed(ReportWords.matter(message));
        List<KnownDispatch> byDate = all.stream().filter(d -> d.issuedOn() != null && named.contains(d.issuedOn())).toList();
        if (byDate.size() == 1) {
            return chosen(mention, byDate.get(0), told + "; đã chọn công văn " + dated(byDate.get(0))
                    + " vì báo cáo nêu ngày ban hành của công văn đó", reasons);
        }
        if (reportDay == null) {
            return unclear(mention, all, told + "; không rõ ngày nhận báo cáo nên không chọn được", reasons);
        }
        int year = reportDay.getYear();
        List<KnownDispatch> ofYear = all.stream().filter(d -> d.issuedOn() != null && d.issuedOn().getYear() == year)
                .toList();
        if (ofYear.size() == 1) {
            return chosen(mention, ofYear.get(0), told + "; đã chọn công văn " + dated(ofYear.get(0))
                    + " vì đó là công văn của năm nhận báo cáo (" + year + ")", reasons);
        }
        List<KnownDispatch> left = ofYear.isEmpty() ? all : ofYear;
        List<KnownDispatch> open = left.stream().filter(d -> d.isOpenOn(reportDay)).toList();
        String noYear = ofYear.isEmpty() ? "không công văn nào ban hành trong năm nhận báo cáo (" + year + ")"
                : "có " + ofYear.size() + " công văn ban hành trong năm nhận báo cáo (" + year + ")";
        if (open.size() == 1) {
            List<String> closed = left.stream().filter(d -> !d.isOpenOn(reportDay))
                    .map(d -> "công văn " + dated(d) + " đã đóng từ ngày " + DAY.format(d.closedOn())).toList();
            return chosen(mention, open.get(0), told + "; đã chọn công văn " + dated(open.get(0)) + " vì " + noYear
                    + " và chỉ công văn này còn mở khi nhận báo cáo (" + joined(closed) + ")", reasons);
        }
        String why = open.isEmpty() ? noYear + " và các công văn đó đều đã đóng khi nhận báo cáo"
                : noYear + " và các công văn đó đều còn mở";
        return unclear(mention, open.isEmpty() ? left : open, told + "; không chọn được vì " + why, reasons);
    }

    private static DispatchResolver.Answer chosen(DispatchMention mention, KnownDispatch dispatch, String reason,
                                                  List<String> reasons) {
        reasons.add(reason);
        return new DispatchResolver.Answer(dispatch, true, false, Optional.of(mention), reasons);
    }

    private static DispatchResolver.Answer unclear(DispatchMention mention, List<KnownDispatch> left, String reason,
                                                   List<String> reasons) {
        KnownDispatch newest = left.get(0);
        reasons.add(reason + "; tạm chọn công văn mới nhất (" + dated(newest) + "), cần người xác nhận");
        return new DispatchResolver.Answer(newest, false, false, Optional.of(mention), reasons);
    }

    /** The dates a text names: {@code 05/01/2022}, {@code 5-1-2022}, {@code 5.1.2022}, {@code ngày 5 tháng 01 năm 2022}. */
    static Set<LocalDate> datesNamed(String text) {
        Set<LocalDate> dates = new HashSet<>();
        String key = VietnameseText.accentFreeKeyKeepingPunctuation(text);
        for (Pattern pattern : List.of(NUMERIC_DATE, WORDED_DATE)) {
            Matcher m = pattern.matcher(key);
            while (m.find()) {
                try {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException e) {
                    // not a day of the calendar: not a date
                }
            }
        }
        return dates;
    }

    private static String dated(KnownDispatch d) {
        return d.issuedOn() == null ? "không ghi ngày" : "ngày " + DAY.format(d.issuedOn());
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }
}
