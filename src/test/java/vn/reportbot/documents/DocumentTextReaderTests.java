package vn.reportbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.text.LegacyEncoders;

class DocumentTextReaderTests {

    private final DocumentTextReader reader = new DocumentTextReader();

    static byte[] fixture(String name) {
        try (InputStream in = DocumentTextReaderTests.class.getResourceAsStream("/dispatches/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ParsedDispatch parse(String name) {
        return new DispatchParser().parse(reader.read(name, fixture(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd-hai-hau-1245.docx", "ubnd-hai-hau-1245.doc", "ubnd-hai-hau-1245.pdf",
            "ubnd-hai-hau-1245.odt"})
    void everyFormatOfDispatch1245YieldsTheSameDispatch(String file) {
        ParsedDispatch d = parse(file);

        assertThat(d.number()).isEqualTo("1245/UBND-VP");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(d.place()).isEqualTo("Hải Hậu");
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân huyện Hải Hậu");
        assertThat(d.subject()).isEqualTo("báo cáo kết quả tiêm chủng vắc xin phòng Covid-19 đợt 3");
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(2).text()).contains("vanphong.ubndhaihau@gmail.com")
                .endsWith("trước 16 giờ 00 ngày 20/10/2021.");
        assertThat(d.mailbox()).isEqualTo("vanphong.ubndhaihau@gmail.com");
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 10, 20));
        assertThat(d.signer()).isEqualTo("Trần Văn Nam");
        assertThat(d.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("85/KH-UBND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd-bac-ai-88-tcvn3.docx", "ubnd-bac-ai-88-tcvn3.doc", "ubnd-bac-ai-88-vni.txt"})
    void legacyEncodedDispatchesAreConvertedBeforeParsing(String file) {
        ParsedDispatch d = parse(file);

        assertThat(d.number()).isEqualTo("88/UBND-VX");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 5));
        assertThat(d.place()).isEqualTo("Bác Ái");
        assertThat(d.issuer()).isEqualTo("Uỷ ban nhân dân huyện Bác Ái");
        assertThat(d.subject()).isEqualTo("báo cáo tình hình học sinh bỏ học tại các trường trên địa bàn huyện");
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(1).text())
                .isEqualTo("Uỷ ban nhân dân xã Phước Đại và xã Phước Thắng báo cáo riêng về học sinh ở các thôn vùng cao.");
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(d.signer()).isEqualTo("Pi Năng Thị Hường");
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
    }

    @Test
    void tcvn3RunsInCapitalsFontsComeOutInCapitals() {
        String text = reader.read("ubnd-bac-ai-88-tcvn3.docx", fixture("ubnd-bac-ai-88-tcvn3.docx"));

        assertThat(text).startsWith("UỶ BAN NHÂN DÂN\nHUYỆN BÁC ÁI\n")
                .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
                .contains("Số: 88/UBND-VX\n")
                .contains("TM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH");
        assertThat(text).doesNotContain("\u00AD").doesNotContain("¸").doesNotContain("µ");
    }

    @Test
    void docxTablesComeOutCellByCellAndThePageBreakAsABlankLine() {
        String text = reader.read("ubnd-hai-hau-1245.docx", fixture("ubnd-hai-hau-1245.docx"));

        assertThat(text).startsWith("ỦY BAN NHÂN DÂN\nHUYỆN HẢI HẬU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        assertThat(text).contains("triển khai thực hiện./.\n\n\nNơi nhận:");
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void odtSpacesTabsAndLineBreaksAreKept() {
        String text = reader.read("ubnd-hai-hau-1245.odt", fixture("ubnd-hai-hau-1245.odt"));

        assertThat(text).contains("Độc lập  - Tự do  - Hạnh phúc");
        assertThat(text).contains("Hải Hậu, ngày 12 tháng 10 năm 2021\n");
    }

    @Test
    void aScannedPdfIsRefusedSayingItHasNoTextLayer() {
        assertThatThrownBy(() -> reader.read("scan.pdf", fixture("scanned-2-pages.pdf")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("scanned PDF: no text layer on its 2 pages, and no text could be recognised in its"
                        + " images; send the Word file or a PDF with text");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        assertThatThrownBy(() -> reader.read("bomb.docx", fixture("zip-bomb.docx")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("zip bomb: the .docx of 64 KB expands to more than 10 MB");
    }

    @Test
    void unsupportedFormatsAreNamed() {
        assertThatThrownBy(() -> reader.read("photo.HEIC", new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("unsupported format .heic");
        assertThat(DocumentTextReader.isSupported("IMG_2041.JPG")).as("a photo of a page, read by recognition").isTrue();
        assertThat(DocumentTextReader.isSupported("CV 1245.DOCX")).isTrue();
        assertThat(DocumentTextReader.isSupported("bang.xlsx")).isTrue();
        assertThat(DocumentTextReader.isSupported("trinh-chieu.pptx")).isFalse();
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() {
        assertThatThrownBy(() -> reader.read("cv.doc", "just some words".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("not a Word file: ");
        assertThatThrownBy(() -> reader.read("cv.doc", "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("not a Word file: it is RTF text");
        assertThatThrownBy(() -> reader.read("cv.pdf", "hello".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("not a PDF file");
        assertThatThrownBy(() -> reader.read("cv.txt", new byte[] {'a', 0, 'b'}))
                .hasMessage("not a text file: it holds binary data");
    }

    @Test
    void aWordFileWithADocNameIsReadByItsContent() {
        String text = reader.read("cong-van.doc", fixture("ubnd-hai-hau-1245.docx"));

        assertThat(text).startsWith("ỦY BAN NHÂN DÂN");
    }

    @Test
    void documentsOverFiftyMegabytesAreRefused() {
        byte[] big = new byte[(int) DocumentTextReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> reader.read("big.pdf", big)).hasMessage("too large: 50 MB; documents up to 50 MB are read");
        assertThatThrownBy(() -> reader.read("big.pdf", new ByteArrayInputStream(big)))
                .hasMessageStartingWith("too large: more than 50 MB");
    }

    @Test
    void plainTextIsUtf8WithOrWithoutAMarkAndDecomposedTextComesOutComposed() {
        String nfd = Normalizer.normalize("Số: 12/UBND-VP, ngày 5 tháng 3 năm 2022", Normalizer.Form.NFD);
        assertThat(reader.read("a.txt", nfd.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Số: 12/UBND-VP, ngày 5 tháng 3 năm 2022\n");
        byte[] bom = ("\uFEFFHải Hậu").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("a.txt", bom)).isEqualTo("Hải Hậu\n");
    }

    @Test
    void plainTextFallsBackToWindows1258AndThenWindows1252() {
        byte[] vietnamese = windows1258("Trường Phước Đại, Hải Hậu: đề nghị báo cáo");
        assertThat(reader.read("a.txt", vietnamese)).isEqualTo("Trường Phước Đại, Hải Hậu: đề nghị báo cáo\n");
        byte[] french = "Le café était très animé".getBytes(Charset.forName("windows-1252"));
        assertThat(reader.read("a.txt", french)).isEqualTo("Le café était très animé\n");
    }

    @Test
    void aTcvn3PlainTextIsConverted() {
        String unicode = "số 12, ngày 5 tháng 3 năm 2022 của uỷ ban nhân dân huyện hải hậu về trường học";
        byte[] bytes = LegacyEncoders.toTcvn3(unicode).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read("a.txt", bytes)).isEqualTo(unicode + "\n");
    }

    /** As Vietnamese Windows stores it: the letter with its shape, then the tone as a combining byte. */
    private static byte[] windows1258(String text) {
        Charset cp1258 = Charset.forName("windows-1258");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String letter = Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    Normalizer.Form.NFC);
            out.writeBytes(letter.getBytes(cp1258));
            out.writeBytes(tone.getBytes(cp1258));
        }
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, cp1258)).doesNotContain("?");
        return bytes;
    }
}
