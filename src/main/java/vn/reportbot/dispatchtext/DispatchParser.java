package vn.reportbot.dispatchtext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reportbot.text.VietnameseText;

/**
 * Reads a dispatch (công văn) from plain text, in either the state/Front layout ({@code Số: 319/MTTQ-BTT},
 * {@code V/v …}) or the Party layout ({@code Số 22-CV/BDVHU}, {@code Về …}).
 *
 * <p>Plain-text exports lose the header's two columns: they come out in either order, or side by side on
 * one line (separated by a tab, a {@code |} or three or more spaces). So the header, everything above
 * {@code Kính gửi}, is read as a sequence of cells in which the number, the date line, the issuer's
 * upper-case lines and the summary are each recognised wherever they stand. The body runs from after the
 * addressees to {@code Nơi nhận} or the signature block, whichever comes first. Stateless and thread-safe.
 */
public final class DispatchParser {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\h{3,}|\\h*\\|\\h*");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "^\\h*(?:Số|SỐ|số|So|SO)\\h*[:.]?\\h*" + DispatchNumber.REGEX);
    private static final Pattern WORDED_DATE_LINE = Pattern.compile(
            "^\\h*(?:(\\p{L}[\\p{L}\\h.]*?)\\h*,?\\h*)?[Nn]gày\\h+(\\d{1,2})\\h+tháng\\h+(\\d{1,2})\\h+năm\\h+(\\d{4})");
    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile(
            "^\\h*(?:(\\p{L}[\\p{L}\\h.]*?)\\h*,?\\h*)?[Nn]gày\\h+(\\d{1,2})\\h*[/.\\-]\\h*(\\d{1,2})\\h*[/.\\-]\\h*(\\d{4})");
    private static final Pattern SUBJECT_START = Pattern.compile("^\\h*(?:[Vv]/[Vv]\\h*[:.]?|(?:Về|VỀ)(?:\\h+(?:việc|VIỆC))?\\h*:?\\h)\\h*(.*)$");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\h*(?:Kính|KÍNH)\\h*(?:gửi|gởi|GỬI|GỞI)\\h*:?\\h*(.*)$");
    /** {@code Số:    /BTG-MTTQ}: the numeral left blank, to be written in by hand; group 1 is the rest. */
    private static final Pattern BLANK_NUMBER_LINE = Pattern.compile(
            "^\\h*(?:Số|SỐ)\\h*[:.]?\\h*[._…]*\\h*((?:[-\u2013]\\h*\\p{Lu}\\p{L}*\\h*)?/\\h*\\p{Lu}[\\p{L}\\p{N}\\-\u2013\\h]*)");
    private static final Pattern LATE_SUBJECT = Pattern.compile("^\\h*[Vv]/[Vv]\\h*[:.]?\\h*(\\S.*)$");
    /** How the body's first paragraph opens, even when written as a list item: {@code - Căn cứ …}. */
    private static final Pattern BODY_OPENING = Pattern.compile("^(?:Căn cứ|Thực hiện|Theo|Tiếp theo|Nhằm|Để)(?!\\p{L})");
    private static final Pattern TASK_LINE = Pattern.compile("^\\h*(?:\\d{1,2}|[IVX]{1,5})\\h*[.)]\\h+\\S");
    private static final Pattern RECEIVED_BY = Pattern.compile("^\\h*(?:Nơi|NƠI)\\h+(?:nhận|NHẬN)");
    // from the start of a run of local-part characters only: the same matches, one pass over a line of letters
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]++@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "^(?:CÔNG VĂN|CÔNG ĐIỆN|KẾ HOẠCH|THÔNG BÁO|BÁO CÁO|HƯỚNG DẪN|QUYẾT ĐỊNH|CHỈ THỊ|TỜ TRÌNH|GIẤY MỜI|CHƯƠNG TRÌNH)$");
    private static final int HEADER_LIMIT = 60;

    /** One cell of the header: a line, or a column of it, with the index of its line. */
    private record Cell(int line, String text) {
    }

    /**
     * Parses a dispatch. Every field that can be read is given; what is missing is named in
     * {@link ParsedDispatch#problems()} (no number, no date, no issuer, no summary line, no signature).
     *
     * @throws DispatchParseException when the text is not a dispatch at all: empty, or without a number, an
     *                                issuer, a summary line and numbered tasks alike
     */
    public ParsedDispatch parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DispatchParseException("empty text: a dispatch needs at least a number, an issuer and a summary line");
        }
        List<String> lines = LayoutRepair.lines(VietnameseText.nfc(text).replace("**", "").replace('\u00A0', ' '));
        List<String> problems = new ArrayList<>();

        int addressee = indexOf(lines, ADDRESSEE, 0);
        List<Cell> header = headerCells(lines, addressee >= 0 ? addressee : headerEnd(lines));

        int numberCell = indexOfCell(header, NUMBER_LINE);
        String number = null;
        int lastHeaderLine = -1;
        if (numberCell >= 0) {
            number = numberIn(header.get(numberCell).text());
            lastHeaderLine = header.get(numberCell).line();
        } else {
            int blank = indexOfCell(header, BLANK_NUMBER_LINE);
            if (blank >= 0) {
                Matcher m = BLANK_NUMBER_LINE.matcher(header.get(blank).text());
                m.find();
                problems.add(Problems.BLANK_NUMBER + " (…" + DispatchNumber.normalise(m.group(1)) + ")");
                lastHeaderLine = header.get(blank).line();
            } else {
                problems.add(Problems.NO_NUMBER);
            }
        }

        LocalDate issuedOn = null;
        String place = null;
        for (Cell cell : header) {
            Matcher m = dateLine(cell.text());
            if (m != null) {
                issuedOn = date(m.group(2), m.group(3), m.group(4));
                place = m.group(1) == null ? null : VietnameseText.collapseSpaces(m.group(1));
                lastHeaderLine = Math.max(lastHeaderLine, cell.line());
                break;
            }
        }
        if (issuedOn == null) {
            problems.add(Problems.NO_DATE);
        }

        String issuer = IssuerNamer.name(issuerLines(header, numberCell));
        if (issuer.isEmpty()) {
            issuer = null;
            problems.add(Problems.NO_ISSUER);
        }

        String subject = null;
        int subjectCell = indexOfCell(header, SUBJECT_START);
        if (subjectCell >= 0) {
            List<String> subjectParts = new ArrayList<>();
            Matcher first = SUBJECT_START.matcher(header.get(subjectCell).text());
            first.matches();
            subjectParts.add(first.group(1));
            lastHeaderLine = Math.max(lastHeaderLine, header.get(subjectCell).line());
            for (int c = subjectCell + 1; c < header.size(); c++) {
                String part = header.get(c).text();
                if (part.isBlank()) {
                    break;
                }
                if (isOtherHeaderPart(part)) {
                    continue;
                }
                subjectParts.add(part);
                lastHeaderLine = Math.max(lastHeaderLine, header.get(c).line());
            }
            subject = VietnameseText.collapseSpaces(String.join(" ", subjectParts));
        }

        List<String> recipients = new ArrayList<>();
        int bodyStart = addressee >= 0 ? readAddressees(lines, addressee, recipients) : lastHeaderLine + 1;

        int receivedBy = indexOf(lines, RECEIVED_BY, bodyStart);
        Optional<SignatureFinder.Signature> signature = SignatureFinder.find(lines, bodyStart, receivedBy);
        int bodyEnd = receivedBy >= 0 ? receivedBy : lines.size();
        if (signature.isPresent() && signature.get().start() < bodyEnd) {
            bodyEnd = signature.get().start();
        }
        if (subject == null) {
            subject = subjectAfterTheHeader(lines);
        }
        if (subject == null) {
            problems.add(Problems.NO_SUBJECT);
        }
        if (signature.isEmpty()) {
            problems.add(Problems.NO_SIGNER);
        }
        List<String> body = lines.subList(bodyStart, Math.max(bodyStart, bodyEnd));
        String bodyText = String.join("\n", body);
        List<DispatchTask> tasks = TaskSplitter.split(body);
        if (number == null && issuer == null && subject == null && tasks.isEmpty()) {
            throw new DispatchParseException("not a dispatch: no number (expected a line like 'Số: 319/MTTQ-BTT' or "
                    + "'Số 22-CV/BDVHU'), no issuing body, no summary line (trích yếu) and no numbered tasks found");
        }

        List<String> cites = new ArrayList<>(DispatchNumber.findAll(String.join("\n", lines)));
        cites.remove(number);

        return new ParsedDispatch(number, issuedOn, place, issuer, subject, recipients, tasks,
                mailbox(bodyText, lines), DeadlineFinder.find(bodyText, issuedOn).orElse(null),
                signature.map(SignatureFinder.Signature::signer).orElse(null),
                signature.map(SignatureFinder.Signature::title).orElse(null), cites,
                CadenceFinder.find(bodyText).orElse(null), problems);
    }

    /** Without {@code Kính gửi}, the header ends at the first numbered task or paragraph of prose. */
    private static int headerEnd(List<String> lines) {
        int end = Math.min(lines.size(), HEADER_LIMIT);
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).strip();
            if (TASK_LINE.matcher(line).find() || line.length() > 120 && !Lines.isUpperCase(line)) {
                return i;
            }
        }
        return end;
    }

    /** A summary line that an extraction moved below the body ({@code V/v …} near the signature), or null. */
    private static String subjectAfterTheHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LATE_SUBJECT.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(m.group(1)));
            for (int j = i + 1; j < lines.size(); j++) {
                String part = lines.get(j);
                if (part.isBlank() || isOtherHeaderPart(part) || Lines.isListItem(part) || Lines.isAuthority(part)
                        || RECEIVED_BY.matcher(part).find()) {
                    break;
                }
                parts.add(part);
            }
            return VietnameseText.collapseSpaces(String.join(" ", parts));
        }
        return null;
    }

    private static List<Cell> headerCells(List<String> lines, int end) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                cells.add(new Cell(i, ""));
                continue;
            }
            for (String part : CELL_SEPARATOR.split(line.strip())) {
                if (!part.isBlank()) {
                    cells.add(new Cell(i, part.strip()));
                }
            }
        }
        return cells;
    }

    /** The upper-case issuer lines above the number, or, failing those, below it. */
    private static List<String> issuerLines(List<Cell> header, int numberCell) {
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String text = header.get(c).text();
            if (c == numberCell || !Lines.isUpperCase(text) || Lines.isHeaderNoise(text)
                    || DOCUMENT_TITLE.matcher(text).matches() || NUMBER_LINE.matcher(text).find()) {
                continue;
            }
            (numberCell < 0 || c < numberCell ? above : below).add(text);
        }
        return above.isEmpty() ? below : above;
    }

    private static boolean isOtherHeaderPart(String text) {
        return Lines.isUpperCase(text) || Lines.isHeaderNoise(text) || dateLine(text) != null
                || NUMBER_LINE.matcher(text).find() || text.strip().equals("*");
    }

    /** Reads the addressees starting at the Kính gửi line; answers the index of the first body line. */
    private static int readAddressees(List<String> lines, int addressee, List<String> recipients) {
        Matcher m = ADDRESSEE.matcher(lines.get(addressee));
        m.matches();
        String rest = m.group(1);
        if (!rest.isBlank()) {
            recipients.add(Lines.listItemText(rest));
        }
        int next = addressee + 1;
        for (int i = addressee + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean bareFirst = rest.isBlank() && recipients.isEmpty() && line.strip().length() < 100;
            if (!Lines.isListItem(line) && !bareFirst || endsTheList(lines.get(next - 1)) && next > addressee + 1
                    || BODY_OPENING.matcher(Lines.listItemText(line)).find()) {
                break;
            }
            recipients.add(Lines.listItemText(line));
            next = i + 1;
        }
        recipients.removeIf(String::isEmpty);
        return next;
    }

    /** A recipient ending in a full stop is the list's last: {@code - Các tổ chức chính trị - xã hội tỉnh.} */
    private static boolean endsTheList(String line) {
        return line.strip().endsWith(".");
    }

    private static String mailbox(String body, List<String> lines) {
        Matcher m = EMAIL.matcher(body);
        if (m.find()) {
            return m.group();
        }
        Matcher anywhere = EMAIL.matcher(String.join("\n", lines));
        return anywhere.find() ? anywhere.group() : null;
    }

    private static String numberIn(String line) {
        Matcher m = NUMBER_LINE.matcher(line);
        m.find();
        return DispatchNumber.normalise(m.group(1));
    }

    private static Matcher dateLine(String text) {
        Matcher worded = WORDED_DATE_LINE.matcher(text);
        if (worded.find()) {
            return worded;
        }
        Matcher numeric = NUMERIC_DATE_LINE.matcher(text);
        return numeric.find() ? numeric : null;
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfCell(List<Cell> cells, Pattern pattern) {
        for (int c = 0; c < cells.size(); c++) {
            if (pattern.matcher(cells.get(c).text()).find()) {
                return c;
            }
        }
        return -1;
    }
}
