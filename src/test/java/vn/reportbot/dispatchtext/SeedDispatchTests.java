package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two real dispatches of the seeds, every field. */
class SeedDispatchTests {

    @Nested
    class FrontDispatch319 {

        private final ParsedDispatch d = DispatchFixtures.parse("seed-319-mttq-bac-ai.txt");

        @Test
        void readsTheNumberWithoutTheStraySpace() {
            assertThat(d.number()).isEqualTo("319/MTTQ-BTT");
        }

        @Test
        void readsPlaceAndDateFromTheDateLine() {
            assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 9, 16));
            assertThat(d.place()).isEqualTo("Bác Ái");
        }

        @Test
        void namesTheIssuerFromTheHeaderLines() {
            assertThat(d.issuer()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        }

        @Test
        void joinsTheWrappedSummaryWithoutVv() {
            assertThat(d.subject()).isEqualTo("Tăng cường tuyên truyền, vận động Nhân dân tích cực tham gia phong trào"
                    + " thi đua bảo vệ “vùng xanh” trong phòng, chống dịch bệnh Covid-19");
        }

        @Test
        void readsTheOneLineAddresseeWithoutTheFullStop() {
            assertThat(d.recipients()).containsExactly("Ban Thường trực Ủy ban MTTQVN các xã");
        }

        @Test
        void findsFiveTasksAndRejoinsTheOneSplitByAPageBreak() {
            assertThat(d.tasks()).extracting(DispatchTask::ordinal).containsExactly(1, 2, 3, 4, 5);
            assertThat(d.tasks().get(0).text()).startsWith("Tiếp tục tăng cường phối hợp với các tổ chức thành viên")
                    .endsWith("là trung tâm, là chủ thể trong phòng, chống dịch.");
            assertThat(d.tasks().get(1).text())
                    .startsWith("Tập trung vận động, thuyết phục")
                    .contains("phù hợp với tình hình thực tế của mỗi địa phương")
                    .endsWith("vừa sản xuất, ổn định đời sống, phát triển kinh tế - xã hội.");
            assertThat(d.tasks().get(3).text()).isEqualTo("Triển khai giấy xác nhận đi lại cho CBCC có hộ khẩu thường"
                    + " trú ngoài huyện. Khuyến khích CBCC có hộ khẩu thường trú có yếu tố dịch tễ phức tạp thực hiện"
                    + " “3 tại chỗ tại đơn vị, hoặc ứng dụng CNTT để làm việc tại nhà theo quy định”");
            assertThat(d.tasks().get(4).text()).isEqualTo("Thông tin, báo cáo kịp thời về Ban Thường trực Ủy ban MTTQ"
                    + " Việt Nam huyện (qua địa chỉ email: mattrabbacai@gmail.com) để tổng hợp báo cáo theo quy định.");
        }

        @Test
        void findsTheReportingMailboxButNoDeadline() {
            assertThat(d.mailbox()).isEqualTo("mattrabbacai@gmail.com");
            assertThat(d.deadline()).isNull();
        }

        @Test
        void readsSignerAndTitleWithoutTheAuthorityPrefixOrMarkdown() {
            assertThat(d.signer()).isEqualTo("Nguyễn Văn Bền");
            assertThat(d.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        }

        @Test
        void listsTheCitedDocumentsButNotItsOwnNumber() {
            assertThat(d.cites()).containsExactly("1059/MTTQ-BTT", "166/KH-UBND", "111/KH-MTTQ", "2033/UBND-TH");
        }
    }

    @Nested
    class PartyDispatch22 {

        private final ParsedDispatch d = DispatchFixtures.parse("seed-22-bdv-hai-hau.txt");

        @Test
        void readsTheNumberWrittenWithoutAColon() {
            assertThat(d.number()).isEqualTo("22-CV/BDVHU");
        }

        @Test
        void readsPlaceAndDateFromTheDateLine() {
            assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 7, 27));
            assertThat(d.place()).isEqualTo("Hải Hậu");
        }

        @Test
        void namesTheIssuerIgnoringThePartyLineAndStar() {
            assertThat(d.issuer()).isEqualTo("Ban Dân vận Huyện ủy Hải Hậu");
        }

        @Test
        void keepsTheSummaryAsWrittenAfterVe() {
            assertThat(d.subject()).isEqualTo("tiếp tục tăng cường công tác phòng, chống dịch Covid-19");
        }

        @Test
        void readsTheAddressee() {
            assertThat(d.recipients()).containsExactly("Khối dân vận đảng ủy xã, thị trấn");
        }

        @Test
        void findsFourTasksEndingAtNoiNhan() {
            assertThat(d.tasks()).extracting(DispatchTask::ordinal).containsExactly(1, 2, 3, 4);
            assertThat(d.tasks().get(2).text()).isEqualTo("Phân công đội ngũ cán bộ khối dân vận bám sát cơ sở, địa bàn,"
                    + " nắm chắc tình hình các tầng lớp nhân dân, đặc biệt là các đối tượng yếu thế, người nghèo, người có"
                    + " hoàn cảnh khó khăn,... để kịp thời chia sẻ, phối hợp hỗ trợ, đề xuất với các cơ quan có thẩm quyền"
                    + " trong việc giúp đỡ người dân, góp phần đảm bảo sức khỏe, an sinh xã hội trên địa bàn.");
            assertThat(d.tasks().get(3).text()).startsWith("Ban Dân vận Huyện ủy đề nghị Khối dân vận")
                    .endsWith("báo cáo Ban Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy.");
        }

        @Test
        void hasNoMailboxAndDoesNotTakeCitedDatesForADeadline() {
            assertThat(d.mailbox()).isNull();
            assertThat(d.deadline()).isNull();
        }

        @Test
        void readsTheHeadSigningWithoutPrefix() {
            assertThat(d.signer()).isEqualTo("Lại Văn Hà");
            assertThat(d.signerTitle()).isEqualTo("TRƯỞNG BAN");
        }

        @Test
        void listsTheCitedDocumentsOnceEach() {
            assertThat(d.cites()).isEqualTo(List.of("69-CV/BDVTU", "198-CV/HU", "07-KL/TW", "215-CV/TU"));
        }
    }
}
