package vn.reportbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What consolidating reads in a unit's words: parts per task, short excerpts, figures and their sums. */
class ReportTextLogicTests {

    private static final List<Integer> FIVE = List.of(1, 2, 3, 4, 5);

    @Nested
    class Splitting {

        @Test
        void numberedHeadingsSplitTheTextIntoOnePartPerTask() {
            Map<Integer, String> parts = ReportSections.split("""
                    Kết quả như sau:
                    1. Tổ chức 12 buổi tuyên truyền.
                    Có 350 lượt người tham gia.
                    2. Vận động 1.250 hộ.
                    3. Duy trì tổ giám sát.
                    Nơi nhận:
                    - Lưu VT.""", FIVE);

            assertThat(parts).containsOnlyKeys(1, 2, 3);
            assertThat(parts.get(1)).isEqualTo("Tổ chức 12 buổi tuyên truyền.\nCó 350 lượt người tham gia.");
            assertThat(parts.get(3)).isEqualTo("Duy trì tổ giám sát.");
        }

        @Test
        void namedAndRomanHeadingsAndUnaccentedOnesSplitToo() {
            assertThat(ReportSections.split("Noi dung 1: tuyên truyền\nNội dung 2 - vận động", FIVE))
                    .containsEntry(1, "tuyên truyền").containsEntry(2, "vận động");
            assertThat(ReportSections.split("Nhiệm vụ 1. A\nNhiệm vụ 3. C", FIVE)).containsOnlyKeys(1, 3);
            assertThat(ReportSections.split("I. Quán triệt\nII. Tuyên truyền\nIII. Bám sát cơ sở", FIVE))
                    .containsEntry(2, "Tuyên truyền").containsEntry(3, "Bám sát cơ sở");
        }

        @Test
        void underArabicHeadingsAHigherSectionEndsThePart() {
            Map<Integer, String> parts = ReportSections.split("""
                    I. KẾT QUẢ
                    1. Tuyên truyền.
                    2. Vận động.
                    II. KHÓ KHĂN, VƯỚNG MẮC
                    1. Thiếu kinh phí.""", FIVE);

            assertThat(parts).containsEntry(1, "Tuyên truyền.").containsEntry(2, "Vận động.");
        }

        @Test
        void theSignatureBlockEndsTheLastPart() {
            Map<Integer, String> parts = ReportSections.split("""
                    I. Quán triệt.
                    II. Tuyên truyền.
                    IV. Sẽ tiếp tục báo cáo.
                    T/M ĐẢNG ỦY
                    PHÓ BÍ THƯ
                    Trần Văn Bình""", FIVE);
            assertThat(parts).containsEntry(4, "Sẽ tiếp tục báo cáo.");
            assertThat(ReportSections.body("Xã đã tổ chức tuyên truyền.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"))
                    .isEqualTo("Xã đã tổ chức tuyên truyền.");
        }

        @Test
        void aTextWithOneHeadingOrNoneIsNotSplit() {
            assertThat(ReportSections.split("Xã đã tổ chức 9 buổi tuyên truyền.", FIVE)).isEmpty();
            assertThat(ReportSections.split("1. Chỉ một mục.\nVà thêm.", FIVE)).isEmpty();
            // a thousands figure at the start of a line is no heading
            assertThat(ReportSections.split("1.250 hộ đã ký cam kết.\n2.100 lượt người.", FIVE)).isEmpty();
        }

        @Test
        void aCoverNoteGivesWayToTheAttachedReport() {
            String words = ReportSections.words("Kính gửi Ban Thường trực, xin gửi báo cáo đính kèm.",
                    "[Báo cáo.docx]\n1. Tuyên truyền.\n2. Vận động.");
            assertThat(words).isEqualTo("1. Tuyên truyền.\n2. Vận động.");
            String own = "Kết quả thực hiện như sau: " + "đã tổ chức nhiều hoạt động tuyên truyền tại các thôn. ".repeat(4);
            assertThat(ReportSections.words(own, "[Ảnh.pdf]\nBảng số liệu")).startsWith(own.strip()).endsWith("Bảng số liệu");
        }

        @Test
        void theBodyLeavesOutTheLetterheadAndWhatFollowsTheSignature() {
            String body = ReportSections.body("""
                    ỦY BAN MTTQ VIỆT NAM
                    XÃ PHƯỚC ĐẠI
                    Số: 12/BC-MTTQ
                    Phước Đại, ngày 20 tháng 9 năm 2021
                    BÁO CÁO
                    Kết quả thực hiện Công văn số 319/MTTQ-BTT
                    Xã đã tổ chức 12 buổi tuyên truyền.
                    Nơi nhận:
                    - Lưu VT.""");
            assertThat(body).isEqualTo("Xã đã tổ chức 12 buổi tuyên truyền.");
        }
    }

    @Nested
    class Shortening {

        @Test
        void keepsWholeSentencesUpToTheLimit() {
            String text = "Câu một ngắn. Câu hai cũng ngắn. Câu ba. Câu bốn.";
            assertThat(Excerpts.shorten(text, 2, 400)).isEqualTo("Câu một ngắn. Câu hai cũng ngắn.");
            assertThat(Excerpts.shorten(text, 9, 30)).isEqualTo("Câu một ngắn.");
        }

        @Test
        void aLongSentenceIsCutAtASpaceNeverMidWord() {
            String text = "Ban Thường trực đã phối hợp với các tổ chức thành viên tổ chức tuyên truyền sâu rộng";
            String cut = Excerpts.shorten(text, 3, 40);
            assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(40);
            assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
            assertThat(text.charAt(cut.length() - 1)).isEqualTo(' ');
        }

        @Test
        void aFigureWithAThousandsPointDoesNotEndASentence() {
            assertThat(Excerpts.sentences("Vận động 1.250 hộ tham gia. Đăng 45 tin, bài."))
                    .containsExactly("Vận động 1.250 hộ tham gia.", "Đăng 45 tin, bài.");
        }

        @Test
        void theSentencesThatSpeakOfATaskAreChosen() {
            String text = "Xã tổ chức 9 buổi tuyên truyền tại các thôn. Tổ giám sát cộng đồng hoạt động hiệu quả."
                    + " Xã sẽ tiếp tục báo cáo định kỳ theo quy định.";
            assertThat(Excerpts.relevant(text, "Phát huy vai trò của Tổ giám sát cộng đồng", 3, 400))
                    .isEqualTo("Tổ giám sát cộng đồng hoạt động hiệu quả.");
            assertThat(Excerpts.relevant(text, "Triển khai giấy xác nhận đi lại theo quy định", 3, 400)).isEmpty();
        }
    }

    @Nested
    class FiguresAndSums {

        @Test
        void figuresAreReadWithTheirMeasureTheVietnameseWay() {
            List<Figures.Figure> found = Figures.find("Tổ chức 12 buổi tuyên truyền, có 350 lượt người tham gia;"
                    + " vận động 1.250 hộ, thu gom 2,5 tấn rác và đăng 45 tin, bài trên trang của xã.");
            assertThat(found).extracting(Figures.Figure::value).containsExactly(new BigDecimal("12"),
                    new BigDecimal("350"), new BigDecimal("1250"), new BigDecimal("2.5"), new BigDecimal("45"));
            assertThat(found).extracting(Figures.Figure::measure).containsExactly("buổi tuyên truyền", "lượt người", "hộ",
                    "tấn rác", "tin, bài");
        }

        @Test
        void datesTimesPercentagesAndDocumentNumbersAreNoFigures() {
            assertThat(Figures.find("Thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021 về Covid-19, trước 16 giờ"
                    + " ngày 20 tháng 9 năm 2021, đạt 100% chỉ tiêu, Kết luận số 07-KL/TW.")).isEmpty();
        }

        @Test
        void theSameMeasureIsSummedAcrossUnitsWhateverItsCaseOrDiacritics() {
            Figures.Totals totals = new Figures.Totals();
            totals.add("phuoc-dai", Figures.find("12 buổi tuyên truyền tại thôn, 350 lượt người tham gia"));
            totals.add("phuoc-tan", Figures.find("15 Buổi  tuyên truyền lưu động, 820 lượt người được tuyên truyền"));
            totals.add("phuoc-hoa", Figures.find("9 buoi tuyen truyen, 1.250 hộ"));
            totals.add("phuoc-hoa", Figures.find("3 buổi tuyên truyền nữa"));

            assertThat(totals.lines(2, 10)).containsExactly("36 buổi tuyên truyền (3 đơn vị)", "1.170 lượt người (2 đơn vị)");
            assertThat(totals.lines(1, 10)).contains("1.250 hộ (1 đơn vị)");
        }

        @Test
        void measuresThatShareTheirFirstTwoWordsAreOne() {
            Figures.Totals totals = new Figures.Totals();
            totals.add("a", Figures.find("2 hội nghị quán triệt"));
            totals.add("b", Figures.find("1 hội nghị trực tuyến"));
            totals.add("c", Figures.find("4 hộ gia đình"));
            totals.add("d", Figures.find("5 hộ nghèo"));
            assertThat(totals.lines(2, 10)).containsExactly("3 hội nghị (2 đơn vị)");
        }

        @Test
        void sumsAreWrittenWithAPointForThousandsAndACommaForDecimals() {
            assertThat(Figures.format(new BigDecimal("1250"))).isEqualTo("1.250");
            assertThat(Figures.format(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        }
    }
}
