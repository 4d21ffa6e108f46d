package vn.reportbot.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.reportbot.documents.FormatFixtureGenerator.Dispatch;

/**
 * Makes the .docx and .pdf documents of {@code src/test/resources/dispatch-corpus/} with the tools of
 * {@link FormatFixtureGenerator} (not a test; run by hand, as that class says, with this class's name and the corpus
 * folder). Their expected fields are the {@code .expected.json} files beside them.
 */
public final class CorpusDocuments {

    static final Dispatch SO_NOI_VU_TAY_NINH = new Dispatch(
            List.of("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "SỞ NỘI VỤ"),
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            List.of("Số: 2087/SNV-CCVC", "V/v báo cáo số lượng cán bộ, công chức cấp xã", "sau sắp xếp đơn vị hành chính"),
            List.of("Tây Ninh, ngày 14 tháng 8 năm 2025"),
            List.of("Kính gửi: Ủy ban nhân dân các xã, phường.", "",
                    "Thực hiện Kế hoạch số 205/KH-UBND ngày 04/8/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị Ủy ban"
                            + " nhân dân các xã, phường:",
                    "1. Thống kê số lượng cán bộ, công chức, người hoạt động không chuyên trách đang làm việc tại xã,"
                            + " phường theo biểu mẫu gửi kèm.",
                    "2. Đề xuất nhu cầu bố trí, sắp xếp công chức chuyên môn còn thiếu.",
                    "3. Gửi báo cáo về Sở Nội vụ (Phòng Công chức, viên chức), địa chỉ thư điện tử ccvc.snv@tayninh.example,"
                            + " trước ngày 25/8/2025.",
                    "Đề nghị các địa phương thực hiện nghiêm túc./."),
            List.of("Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, CCVC."),
            List.of("GIÁM ĐỐC", "", "(Đã ký)", "", "Nguyễn Hữu Phước"));

    static final Dispatch UBND_GIA_LAI = new Dispatch(
            List.of("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"),
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            List.of("Số: 3021/UBND-KGVX", "V/v hằng tháng báo cáo tiến độ xóa nhà tạm,", "nhà dột nát trên địa bàn tỉnh"),
            List.of("Gia Lai, ngày 19 tháng 9 năm 2025"),
            List.of("Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các xã, phường.", "",
                    "Để hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trong năm 2025, Ủy ban nhân dân tỉnh yêu cầu:",
                    "1. Ủy ban nhân dân các xã, phường rà soát danh sách hộ được hỗ trợ, bảo đảm đúng đối tượng.",
                    "2. Sở Xây dựng hướng dẫn thiết kế mẫu nhà, kiểm tra chất lượng công trình.",
                    "3. Định kỳ hằng tháng, trước ngày 25, các địa phương báo cáo tiến độ về Sở Dân tộc và Tôn giáo"
                            + " qua địa chỉ xoanhatam@gialai.example.",
                    "Yêu cầu các đơn vị triển khai thực hiện./."),
            List.of("Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, KGVX."),
            List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Rơ Châm Hơ Ly"));

    static final Dispatch MTTQ_XA_TCVN3 = new Dispatch(
            List.of("ỦY BAN MTTQ VIỆT NAM", "XÃ NGHĨA HƯNG", "BAN THƯỜNG TRỰC"),
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            List.of("Số: 27/MTTQ-BTT", "V/v vận động ủng hộ Quỹ “Vì người nghèo” năm 2025"),
            List.of("Nghĩa Hưng, ngày 06 tháng 10 năm 2025"),
            List.of("Kính gửi: Ban công tác Mặt trận các thôn, tổ dân phố.", "",
                    "Hưởng ứng Tháng cao điểm “Vì người nghèo” năm 2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã đề nghị:",
                    "1. Các Ban công tác Mặt trận tuyên truyền, vận động Nhân dân ủng hộ Quỹ “Vì người nghèo”.",
                    "2. Lập danh sách hộ nghèo, hộ có hoàn cảnh khó khăn cần hỗ trợ dịp Tết.",
                    "3. Nộp tiền ủng hộ và danh sách về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 15/11/2025."),
            List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."),
            List.of("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "Trần Văn Khang"));

    static final Dispatch BDV_HUYEN_UY = new Dispatch(
            List.of("HUYỆN ỦY GIAO THỦY", "BAN DÂN VẬN", "*"),
            List.of("ĐẢNG CỘNG SẢN VIỆT NAM"),
            List.of("Số 61-CV/BDVHU", "V/v báo cáo kết quả thực hiện phong trào", "thi đua “Dân vận khéo” năm 2022"),
            List.of("Giao Thủy, ngày 10 tháng 11 năm 2022"),
            List.of("Kính gửi: Khối dân vận các xã, thị trấn.", "",
                    "Thực hiện Hướng dẫn số 18-HD/BDVTU ngày 25/10/2022 của Ban Dân vận Tỉnh ủy, Ban Dân vận Huyện ủy"
                            + " đề nghị Khối dân vận các xã, thị trấn:",
                    "1. Đánh giá kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2022, nêu các mô hình tiêu"
                            + " biểu.",
                    "2. Gửi báo cáo về Ban Dân vận Huyện ủy trước 16 giờ 00 ngày 28/11/2022 qua địa chỉ"
                            + " bdvgiaothuy@gmail.com."),
            List.of("Nơi nhận:", "- Như trên,", "- Lưu VP."),
            List.of("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "Phạm Thị Duyên"));

    private CorpusDocuments() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/dispatch-corpus");
        Files.write(dir.resolve("16-so-noi-vu-tay-ninh-table-header.docx"), FormatFixtureGenerator.docx(SO_NOI_VU_TAY_NINH, false));
        Files.write(dir.resolve("17-ubnd-gia-lai-monthly.pdf"), FormatFixtureGenerator.pdf(UBND_GIA_LAI));
        Files.write(dir.resolve("18-mttq-xa-nghia-hung-tcvn3.docx"), FormatFixtureGenerator.docx(MTTQ_XA_TCVN3, true));
        Files.write(dir.resolve("19-bdv-huyen-uy-giao-thuy.pdf"), FormatFixtureGenerator.pdf(BDV_HUYEN_UY));
    }
}
