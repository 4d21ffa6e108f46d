package vn.reportbot.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;


import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.task.TaskStatus;

/**
 * The draft báo cáo tổng hợp (POI XWPF): the office's header (Party or state layout), {@code Số …/BC-…} left to
 * fill, place and date, {@code BÁO CÁO} and the summary line naming the dispatch, a short opening, per task what the
 * units reported with their figures summed, the units that have not reported (or only in part), {@code Nơi nhận}
 * and the office's signature block. Times New Roman 14 pt (header 13 pt) on A4 with the margins of Decree 30.
 */
final class DraftReportWriter {

    /** A4 in twentieths of a point, and margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int TOP = 1134;
    private static final int BOTTOM = 1134;
    private static final int LEFT = 1701;
    private static final int RIGHT = 851;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final String FONT = "Times New Roman";
    private static final int TASK_HEADING_CHARS = 260;
    private static final int WHOLE_SENTENCES = 4;
    private static final int WHOLE_CHARS = 600;

    private final XWPFDocument doc = new XWPFDocument();
    private final Consolidation c;
    private final DispatchJson d;
    private final OfficeLayout layout;
    private final java.util.Map<String, java.util.Map<Integer, String>> wholeByTask = new java.util.HashMap<>();

    private DraftReportWriter(Consolidation c) {
        this.c = c;
        this.d = c.dispatch();
        this.layout = OfficeLayout.of(d.number(), d.issuer(), d.signerTitle());
    }

    static byte[] write(Consolidation c) {
        DraftReportWriter writer = new DraftReportWriter(c);
        writer.page();
        writer.header();
        writer.title();
        writer.opening();
        writer.results();
        writer.notReported();
        writer.closing();
        try (XWPFDocument doc = writer.doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
    }

    // ---- the header: issuer and number on the left, motto and date on the right

    private void header() {
        int leftWidth = layout.party() ? 3900 : 3600;
        XWPFTable table = borderless(2, new int[] {leftWidth, TEXT_WIDTH - leftWidth});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> lines = layout.headerLines();
        XWPFParagraph first = left.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : left.addParagraph();
            tight(p, ParagraphAlignment.CENTER);
            run(p, lines.get(i), i == lines.size() - 1, false, 13);
        }
        if (layout.party()) {
            XWPFParagraph star = left.addParagraph();
            tight(star, ParagraphAlignment.CENTER);
            run(star, "*", false, false, 13);
        } else {
            XWPFParagraph rule = left.addParagraph();
            tight(rule, ParagraphAlignment.CENTER);
            run(rule, "—————", false, false, 10);
        }
        XWPFParagraph number = left.addParagraph();
        tight(number, ParagraphAlignment.CENTER);
        number.setSpacingBefore(60);
        run(number, layout.numberLine(), false, false, 13);

        XWPFParagraph motto = right.getParagraphs().get(0);
        tight(motto, ParagraphAlignment.CENTER);
        if (layout.party()) {
            XWPFRun r = run(motto, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 14);
            r.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph gap = right.addParagraph();
            tight(gap, ParagraphAlignment.CENTER);
        } else {
            run(motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
            XWPFParagraph independence = right.addParagraph();
            tight(independence, ParagraphAlignment.CENTER);
            XWPFRun r = run(independence, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
            r.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph gap = right.addParagraph();
            tight(gap, ParagraphAlignment.CENTER);
        }
        XWPFParagraph date = right.addParagraph();
        tight(date, ParagraphAlignment.CENTER);
        date.setSpacingBefore(60);
        run(date, placeAndDate(), false, true, 14);
    }

    String placeAndDate() {
        String place = d.place() == null || d.place().isBlank() ? "……" : d.place();
        return place + ", " + OfficeLayout.longDate(c.day());
    }

    // ---- title, opening

    private void title() {
        XWPFParagraph gap = doc.createParagraph();
        tight(gap, ParagraphAlignment.CENTER);
        XWPFParagraph title = doc.createParagraph();
        tight(title, ParagraphAlignment.CENTER);
        title.setSpacingBefore(240);
        run(title, "BÁO CÁO", true, false, layout.party() ? 15 : 14);
        XWPFParagraph summary = doc.createParagraph();
        tight(summary, ParagraphAlignment.CENTER);
        run(summary, summaryLine(), true, false, 14);
        XWPFParagraph rule = doc.createParagraph();
        tight(rule, ParagraphAlignment.CENTER);
        run(rule, layout.party() ? "-----" : "—————", false, false, 12);
        rule.setSpacingAfter(200);
    }

    /** {@code Kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021 của … về …} */
    String summaryLine() {
        StringBuilder s = new StringBuilder("Kết quả thực hiện ").append(dispatchName());
        if (d.issuer() != null && !d.issuer().isBlank()) {
            s.append(" của ").append(d.issuer());
        }
        if (d.subject() != null && !d.subject().isBlank()) {
            s.append(" về ").append(lowerFirst(d.subject()));
        }
        return s.toString();
    }

    private String dispatchName() {
        String issued = d.issuedOn() == null ? "" : " ngày " + OfficeLayout.shortDate(d.issuedOn());
        return OfficeLayout.documentKind(d.number()) + " số " + d.number() + issued;
    }

    private void opening() {
        int total = 0;
        int reported = 0;
        int partial = 0;
        int late = 0;
        int exempt = 0;
        for (Consolidation.UnitReport u : c.units()) {
            if (u.status() == TaskStatus.EXEMPT) {
                exempt++;
                continue;
            }
            total++;
            if (u.hasReported()) {
                reported++;
            }
            if (u.status() == TaskStatus.PARTIAL) {
                partial++;
            }
            if (u.status() == TaskStatus.LATE) {
                late++;
            }
        }
        StringBuilder s = new StringBuilder();
        if (d.issuedOn() != null) {
            s.append("Ngày ").append(OfficeLayout.shortDate(d.issuedOn())).append(", ");
        }
        s.append(s.length() == 0 ? capitalise(issuerOrOffice()) : issuerOrOffice()).append(" ban hành ")
                .append(dispatchName().replaceFirst(" ngày .*$", ""))
                .append(" đề nghị các đơn vị thực hiện và báo cáo kết quả. Đến ")
                .append(OfficeLayout.longDate(c.day())).append(", có ").append(reported).append("/").append(total)
                .append(" đơn vị đã gửi báo cáo");
        List<String> within = new ArrayList<>();
        if (partial > 0) {
            within.add(partial + " đơn vị báo cáo một phần");
        }
        if (late > 0) {
            within.add(late + " đơn vị báo cáo sau thời hạn");
        }
        if (!within.isEmpty()) {
            s.append(" (trong đó ").append(String.join(", ", within)).append(")");
        }
        if (total - reported > 0) {
            s.append("; còn ").append(total - reported).append(" đơn vị chưa báo cáo");
        }
        if (exempt > 0) {
            s.append("; ").append(exempt).append(" đơn vị được miễn báo cáo");
        }
        s.append(". Kết quả thực hiện được tổng hợp như sau:");
        body(s.toString());
    }

    private String issuerOrOffice() {
        return d.issuer() == null || d.issuer().isBlank() ? "cơ quan" : d.issuer();
    }

    // ---- results per task

    private void results() {
        heading("I. KẾT QUẢ THỰC HIỆN");
        List<DispatchTask> tasks = d.tasks();
        if (tasks.isEmpty()) {
            List<Consolidation.UnitReport> said = c.units().stream().filter(u -> !u.whole().isEmpty()).toList();
            for (Consolidation.UnitReport u : said) {
                unitLine(u.name(), Excerpts.shorten(u.whole(), WHOLE_SENTENCES, WHOLE_CHARS));
            }
            if (said.isEmpty()) {
                body("Chưa có đơn vị nào gửi báo cáo.");
            }
        }
        Figures.Totals general = new Figures.Totals();
        for (DispatchTask task : tasks) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
            p.setSpacingBefore(120);
            run(p, task.ordinal() + ". ", true, false, 14);
            run(p, Excerpts.cutAtWord(stripEnd(task.text()), TASK_HEADING_CHARS), true, true, 14);
            Figures.Totals totals = new Figures.Totals();
            int lines = 0;
            for (Consolidation.UnitReport u : c.units()) {
                String part = u.parts().get(task.ordinal());
                if (part != null) {
                    unitLine(u.name(), part);
                    totals.add(u.unitId(), u.partFigures().getOrDefault(task.ordinal(), List.of()));
                    lines++;
                } else if (!u.whole().isEmpty() && isReported(u.taskStatus().get(task.ordinal()))) {
                    String said = wholeOn(u.whole(), task);
                    if (!said.isEmpty()) {
                        unitLine(u.name(), said);
                        lines++;
                    }
                }
            }
            if (lines == 0) {
                body("Chưa có đơn vị báo cáo nội dung này.");
            }
            List<String> sums = totals.lines(2, 6);
            if (!sums.isEmpty()) {
                XWPFParagraph t = paragraph(ParagraphAlignment.BOTH);
                run(t, "Tổng cộng: ", true, false, 14);
                run(t, String.join("; ", sums) + ".", false, false, 14);
            }
        }
        for (Consolidation.UnitReport u : c.units()) {
            general.add(u.unitId(), u.wholeFigures());
        }
        List<String> sums = general.lines(2, 6);
        if (!tasks.isEmpty() && !sums.isEmpty()) {
            XWPFParagraph t = paragraph(ParagraphAlignment.BOTH);
            t.setSpacingBefore(120);
            run(t, "Số liệu các đơn vị báo cáo chung, chưa tách theo từng nội dung: ", true, false, 14);
            run(t, "tổng cộng " + String.join("; ", sums) + ".", false, false, 14);
        }
    }

    /**
     * What a unit whose words could not be split said of a task: the sentences that speak of it; when no sentence
     * speaks of any task, the first sentences under every task; else nothing under this one. Worked out once per
     * unit, for all tasks.
     */
    private String wholeOn(String whole, DispatchTask task) {
        return wholeByTask.computeIfAbsent(whole, w -> {
            java.util.Map<Integer, String> byTask = new java.util.HashMap<>();
            for (DispatchTask t : d.tasks()) {
                String said = Excerpts.relevant(w, t.text(), issuerOrOffice(), Consolidation.PART_SENTENCES,
                        Consolidation.PART_CHARS);
                if (!said.isEmpty()) {
                    byTask.put(t.ordinal(), said);
                }
            }
            if (byTask.isEmpty()) {
                String first = Excerpts.shorten(w, WHOLE_SENTENCES, WHOLE_CHARS);
                d.tasks().forEach(t -> byTask.put(t.ordinal(), first));
            }
            return byTask;
        }).getOrDefault(task.ordinal(), "");
    }

    private static boolean isReported(TaskStatus s) {
        return s == TaskStatus.REPORTED || s == TaskStatus.LATE;
    }

    private void unitLine(String unit, String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        run(p, "- " + unit + ": ", true, false, 14);
        String t = Excerpts.withoutListMark(text);
        run(p, endSentence(t), false, false, 14);
    }

    // ---- who has not reported

    private void notReported() {
        heading("II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
        List<String> none = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (Consolidation.UnitReport u : c.units()) {
            switch (u.status()) {
                case OPEN, OVERDUE -> none.add(u.name());
                case PARTIAL -> partial.add(u.name() + " (chưa báo cáo nội dung "
                        + String.join(", ", u.missing().stream().map(String::valueOf).toList()) + ")");
                case LATE -> late.add(u.name());
                default -> { }
            }
        }
        if (none.isEmpty() && partial.isEmpty()) {
            body("Tất cả các đơn vị đã gửi báo cáo.");
        }
        if (!none.isEmpty()) {
            listLine("Các đơn vị chưa báo cáo (" + none.size() + " đơn vị): ", String.join(", ", none) + ".");
        }
        if (!partial.isEmpty()) {
            listLine("Các đơn vị báo cáo chưa đủ nội dung (" + partial.size() + " đơn vị): ",
                    String.join("; ", partial) + ".");
        }
        if (!late.isEmpty()) {
            listLine("Các đơn vị báo cáo sau thời hạn (" + late.size() + " đơn vị): ", String.join(", ", late) + ".");
        }
    }

    private void listLine(String label, String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        run(p, "- " + label, false, false, 14);
        run(p, text, false, false, 14);
    }

    // ---- Nơi nhận and the signature

    private void closing() {
        XWPFParagraph gap = doc.createParagraph();
        tight(gap, ParagraphAlignment.LEFT);
        XWPFTable table = borderless(2, new int[] {4300, TEXT_WIDTH - 4300});
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = left.getParagraphs().get(0);
        tight(label, ParagraphAlignment.LEFT);
        XWPFRun l = run(label, "Nơi nhận:", true, !layout.party(), 12);
        if (layout.party()) {
            l.setUnderline(UnderlinePatterns.SINGLE);
        }
        for (String line : recipients()) {
            XWPFParagraph p = left.addParagraph();
            tight(p, ParagraphAlignment.LEFT);
            run(p, line, false, false, 11);
        }
        XWPFParagraph first = right.getParagraphs().get(0);
        tight(first, ParagraphAlignment.CENTER);
        boolean firstUsed = false;
        if (!layout.authority().isEmpty()) {
            run(first, layout.authority(), true, false, 14);
            firstUsed = true;
        }
        if (!layout.title().isEmpty()) {
            XWPFParagraph p = firstUsed ? right.addParagraph() : first;
            tight(p, ParagraphAlignment.CENTER);
            run(p, layout.title(), true, false, 14);
            firstUsed = true;
        }
        for (int i = 0; i < 4; i++) {
            XWPFParagraph p = firstUsed || i > 0 ? right.addParagraph() : first;
            tight(p, ParagraphAlignment.CENTER);
        }
        XWPFParagraph name = right.addParagraph();
        tight(name, ParagraphAlignment.CENTER);
        run(name, d.signer() == null ? "" : d.signer(), true, false, 14);
    }

    /** The level above, as the dispatch names it, else the same body one level up; then the office's own copy. */
    List<String> recipients() {
        StringBuilder text = new StringBuilder();
        for (DispatchTask t : d.tasks()) {
            text.append(t.text()).append('\n');
        }
        List<String> bodies = OfficeLayout.levelAbove(text.toString());
        if (bodies.isEmpty()) {
            String parent = OfficeLayout.parentLevel(d.issuer());
            if (!parent.isEmpty()) {
                bodies = List.of(parent);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            lines.add("- " + bodies.get(i) + (i == bodies.size() - 1 ? " (để báo cáo);" : ";"));
        }
        lines.add("- Lưu: VT.");
        return lines;
    }

    // ---- building blocks

    private XWPFTable borderless(int columns, int[] widths) {
        XWPFTable table = doc.createTable(1, columns);
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
        table.setWidth(TEXT_WIDTH);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setSpacingBefore(160);
        p.setIndentationFirstLine(567);
        run(p, text, true, false, 14);
    }

    private void body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        run(p, text, false, false, 14);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(80);
        p.setSpacingBetween(1.15);
        return p;
    }

    private static void tight(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(points);
        return r;
    }

    private static String stripEnd(String text) {
        return text.strip().replaceAll("[.;:,]+$", "");
    }

    private static String endSentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith("…") || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return t.replaceAll("[;:,]+$", "") + ".";
    }

    private static String lowerFirst(String text) {
        if (text.length() < 2) {
            return text;
        }
        String firstWord = text.split("\\s+", 2)[0];
        if (firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

}
