package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteSplitterTests {

    @Test
    void keepsWholeTextWhenNothingIsQuoted() {
        String text = "Xã Hải Lý báo cáo:\nTừ ngày 1/9 đến ngày 15/9\nNgày: 16/9/2021\nđã hoàn thành.";

        assertThat(QuoteSplitter.ownText(text)).isSameAs(text);
    }

    @Test
    void keepsAnMboxEscapedFromLineButCutsAtAQuotedOne() {
        String text = "Xã Hải Anh báo cáo tuần 1.\n>From the archive: dòng của xã.\n\n> From: Ban Dân vận\n> Đề nghị báo cáo.";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Xã Hải Anh báo cáo tuần 1.\n>From the archive: dòng của xã.");
    }

    @Test
    void cutsAtOutlookOriginalMessageSeparator() {
        String text = "Đã nhận.\n\n-----Original Message-----\nFrom: a@b.example\nSent: Monday\nĐề nghị báo cáo.";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Đã nhận.");
    }

    @Test
    void cutsAtGmailForwardedMessageSeparator() {
        String text = "Chuyển tiếp báo cáo của xã.\n\n---------- Forwarded message ---------\nFrom: x <x@y.example>\n";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Chuyển tiếp báo cáo của xã.");
    }

    @Test
    void cutsAtOutlookHeaderBlockAndTheRuleAboveIt() {
        String text = "Báo cáo kèm theo.\n\n________________________________\n"
                + "From: Phòng Nội vụ <phongnoivu@haihau.example.vn>\nSent: Monday, September 20, 2021 8:15 AM\n"
                + "To: ubnd@haitay.example.vn\nSubject: V/v báo cáo\n\nĐề nghị các xã báo cáo.";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Báo cáo kèm theo.");
    }

    @Test
    void cutsAtVietnameseOutlookHeaderBlock() {
        String text = "Đã gửi báo cáo.\nTừ: Phòng Nội vụ\nĐã gửi: Thứ Hai, 20 tháng 9, 2021\nĐến: UBND xã\nChủ đề: Báo cáo";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Đã gửi báo cáo.");
    }

    @Test
    void keepsReportLinesThatOnlyLookLikeFromAndDate() {
        String text = "Thời gian:\nTừ: ngày 01/9/2021\nNgày: 20/9/2021\nKết quả tốt.";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo(text);
    }

    @Test
    void cutsAtFirstAngleQuotedLine() {
        assertThat(QuoteSplitter.ownText("Vâng ạ.\n> Đề nghị báo cáo\n> trước 30/9")).isEqualTo("Vâng ạ.");
    }

    @Test
    void cutsAtOneLineVietnameseAttribution() {
        String text = "Đã nhận.\n\nVào 20 thg 9, 2021, Ban Thường trực <a@b.example> đã viết:\nNội dung";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo("Đã nhận.");
    }

    @Test
    void keepsOrdinaryLineStartingWithOnOrVao() {
        String text = "Vào ngày 20/9 xã đã họp.\nOn time as always.";

        assertThat(QuoteSplitter.ownText(text)).isEqualTo(text);
    }
}
