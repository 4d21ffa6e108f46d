package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invented but realistic dispatches covering the layouts the seeds do not show. */
class InventedDispatchTests {

    @Test
    void districtPeoplesCommitteeWithAddresseeListAndTimedDeadline() {
        ParsedDispatch d = DispatchFixtures.parse("ubnd-hai-hau-1245-deadline.txt");

        assertThat(d.number()).isEqualTo("1245/UBND-VP");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(d.place()).isEqualTo("Hải Hậu");
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân huyện Hải Hậu");
        assertThat(d.subject()).isEqualTo("báo cáo kết quả tiêm chủng vắc xin phòng Covid-19 đợt 3");
        assertThat(d.recipients()).containsExactly("UBND các xã, thị trấn", "Trung tâm Y tế huyện");
        assertThat(d.tasks()).containsExactly(
                new DispatchTask(1, "UBND các xã, thị trấn rà soát danh sách đối tượng tiêm chủng trên địa bàn,"
                        + " bảo đảm không bỏ sót người dân đủ điều kiện tiêm."),
                new DispatchTask(2, "Trung tâm Y tế huyện phối hợp với Trạm Y tế các xã, thị trấn tổ chức các điểm"
                        + " tiêm an toàn, đúng quy trình."),
                new DispatchTask(3, "UBND các xã, thị trấn tổng hợp kết quả tiêm chủng theo mẫu gửi kèm, báo cáo về"
                        + " Ủy ban nhân dân huyện (qua Văn phòng HĐND và UBND huyện, địa chỉ email:"
                        + " vanphong.ubndhaihau@gmail.com) trước 16 giờ 00 ngày 20/10/2021."));
        assertThat(d.mailbox()).isEqualTo("vanphong.ubndhaihau@gmail.com");
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 10, 20));
        assertThat(d.signer()).isEqualTo("Trần Văn Nam");
        assertThat(d.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("85/KH-UBND");
    }

    @Test
    void romanNumberedSectionsKeepTheirLetteredAndArabicSubItemsAndSignatureBeforeNoiNhan() {
        ParsedDispatch d = DispatchFixtures.parse("ubnd-bac-ai-roman-tasks.txt");

        assertThat(d.number()).isEqualTo("2101/UBND-TH");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 5));
        assertThat(d.place()).isEqualTo("Bác Ái");
        assertThat(d.issuer()).isEqualTo("UBND huyện Bác Ái");
        assertThat(d.subject()).isEqualTo("triển khai các biện pháp cấp bách phòng, chống thiên tai mùa mưa bão năm 2021");
        assertThat(d.recipients()).containsExactly("Chủ tịch UBND các xã");
        assertThat(d.tasks()).containsExactly(
                new DispatchTask(1, "CÔNG TÁC CHUẨN BỊ a) Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm"
                        + " cứu nạn cấp xã; b) Rà soát phương án sơ tán dân ở vùng trũng thấp, ven sông suối."),
                new DispatchTask(2, "CÔNG TÁC ỨNG PHÓ 1. Tổ chức trực ban 24/24 giờ trong thời gian có mưa lớn."
                        + " 2. Huy động lực lượng tại chỗ hỗ trợ người dân di dời tài sản. - Lực lượng dân quân tự vệ;"
                        + " + Đoàn viên thanh niên tình nguyện."),
                new DispatchTask(3, "CHẾ ĐỘ BÁO CÁO Các xã báo cáo tình hình thiệt hại (nếu có) về Văn phòng HĐND"
                        + " và UBND huyện trong ngày 15/10/2021."));
        assertThat(d.mailbox()).isNull();
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(d.signer()).isEqualTo("Lê Minh Tuấn");
        assertThat(d.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("07/CĐ-UBND");
    }

    @Test
    void partyCommuneDispatchTakesTheDeadlinesYearFromItsOwnDate() {
        ParsedDispatch d = DispatchFixtures.parse("dang-uy-hai-anh-no-year.txt");

        assertThat(d.number()).isEqualTo("45-CV/ĐU");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 25));
        assertThat(d.place()).isEqualTo("Hải Anh");
        assertThat(d.issuer()).isEqualTo("Đảng ủy xã Hải Anh");
        assertThat(d.subject()).isEqualTo("tổng kết công tác dân vận năm 2021");
        assertThat(d.recipients()).containsExactly("Các chi bộ trực thuộc Đảng ủy");
        assertThat(d.tasks()).extracting(DispatchTask::ordinal).containsExactly(1, 2, 3);
        assertThat(d.tasks().get(2).text()).isEqualTo("Gửi báo cáo về Văn phòng Đảng ủy chậm nhất ngày 5/11 để tổng"
                + " hợp, báo cáo Ban Dân vận Huyện ủy.");
        assertThat(d.mailbox()).isNull();
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 11, 5));
        assertThat(d.signer()).isEqualTo("Trần Thị Mai");
        assertThat(d.signerTitle()).isEqualTo("PHÓ BÍ THƯ");
        assertThat(d.cites()).containsExactly("12-HD/BDVHU");
    }

    @Test
    void headerColumnsInTheOtherOrderAndSignatureBeforeNoiNhan() {
        ParsedDispatch d = DispatchFixtures.parse("hnd-hai-hau-columns-swapped.txt");

        assertThat(d.number()).isEqualTo("156/CV-HND");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 9, 8));
        assertThat(d.place()).isEqualTo("Hải Hậu");
        assertThat(d.issuer()).isEqualTo("Ban Thường vụ Hội Nông dân huyện Hải Hậu");
        assertThat(d.subject()).isEqualTo("hỗ trợ tiêu thụ nông sản cho hội viên trong thời gian giãn cách xã hội");
        assertThat(d.recipients()).containsExactly("Ban Thường vụ Hội Nông dân các xã, thị trấn");
        assertThat(d.tasks()).extracting(DispatchTask::ordinal).containsExactly(1, 2, 3);
        assertThat(d.tasks().get(1).text()).isEqualTo("Kết nối với các doanh nghiệp, hợp tác xã để hỗ trợ tiêu thụ"
                + " nông sản; phối hợp với các tổ chức đoàn thể vận động nhân dân mua hàng ủng hộ.");
        assertThat(d.tasks().get(2).text()).isEqualTo("Tổng hợp số liệu gửi về Ban Thường vụ Hội Nông dân huyện qua"
                + " email hoinongdanhaihau@gmail.com trước 15 giờ 00, ngày 13/9/2021.");
        assertThat(d.mailbox()).isEqualTo("hoinongdanhaihau@gmail.com");
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 9, 13));
        assertThat(d.signer()).isEqualTo("Phạm Văn Hòa");
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("1102/UBND-NN");
    }

    @Test
    void headerColumnsSideBySideOnOneLineAndAPageNumberBetweenTasks() {
        ParsedDispatch d = DispatchFixtures.parse("mttq-phuoc-dai-side-by-side.txt");

        assertThat(d.number()).isEqualTo("27/MTTQ-BTT");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(d.place()).isEqualTo("Phước Đại");
        assertThat(d.issuer()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại");
        assertThat(d.subject()).isEqualTo("triển khai thực hiện Công văn số 319 /MTTQ-BTT của huyện");
        assertThat(d.recipients()).containsExactly("Ban công tác Mặt trận các thôn");
        assertThat(d.tasks()).containsExactly(
                new DispatchTask(1, "Tuyên truyền, vận động Nhân dân tham gia phong trào thi đua bảo vệ “vùng xanh”."),
                new DispatchTask(2, "Báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 24/9 để"
                        + " tổng hợp báo cáo huyện."));
        assertThat(d.mailbox()).isNull();
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2021, 9, 24));
        assertThat(d.signer()).isEqualTo("Pi Năng Thị Hường");
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("319/MTTQ-BTT");
    }
}
