package vn.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonWordingTests {

    @Test
    void theMatchersEnglishReasonsReadInVietnameseWithTheirNamesAndNumbersKept() {
        assertThat(ReasonWording.inVietnamese("sender a@b.vn is not a registered address"))
                .isEqualTo("Người gửi a@b.vn không phải là địa chỉ đã đăng ký của đơn vị nào");
        assertThat(ReasonWording.inVietnamese("the message seems to come from Xã Phước Tân: a person must confirm"))
                .isEqualTo("Thư có vẻ do Xã Phước Tân gửi: cần người xác nhận");
        assertThat(ReasonWording.inVietnamese("no dispatch number found; 319/MTTQ-BTT is the office's only dispatch"))
                .isEqualTo("Không tìm thấy số công văn; 319/MTTQ-BTT là công văn duy nhất của cơ quan");
        assertThat(ReasonWording.inVietnamese("attachment bao-cao.docx names 319/MTTQ-BTT"))
                .isEqualTo("Tệp đính kèm bao-cao.docx nêu số công văn 319/MTTQ-BTT");
        assertThat(ReasonWording.inVietnamese("attachment bao-cao.pdf: text not read: reading took longer than 30 seconds"))
                .isEqualTo("Tệp đính kèm bao-cao.pdf: không đọc được nội dung: đọc quá 30 giây");
        assertThat(ReasonWording.inVietnamese("replies to the bot's reminder about 22-CV/BDVHU"))
                .isEqualTo("Thư trả lời thư nhắc báo cáo của hệ thống về công văn 22-CV/BDVHU");
        assertThat(ReasonWording.inVietnamese("sender claims a registered address of Xã Phước Đại, but the receiving"
                + " server (mx.google.com) found spf=fail: the address may be forged, so a person must confirm"))
                .isEqualTo("Người gửi dùng địa chỉ đã đăng ký của Xã Phước Đại, nhưng máy chủ nhận thư (mx.google.com)"
                        + " phát hiện spf=fail: địa chỉ có thể bị giả mạo nên cần người xác nhận");
    }

    @Test
    void documentsNotReadBecauseOfTheExtractionPoolOrTheMessagesTimeReadInVietnamese() {
        assertThat(ReasonWording.inVietnamese("attachment bao-cao.pdf: text not read: the service was busy reading"
                + " other documents (2 at once, 8 waiting)"))
                .isEqualTo("Tệp đính kèm bao-cao.pdf: không đọc được nội dung: hệ thống đang bận đọc các văn bản khác"
                        + " (2 văn bản cùng lúc, 8 văn bản chờ); cần xem tệp này");
        assertThat(ReasonWording.inVietnamese("attachment bang.xlsx: text not read: the documents of the message took"
                + " longer than 60 seconds together"))
                .isEqualTo("Tệp đính kèm bang.xlsx: không đọc được nội dung: các tệp của thư đã đọc quá 60 giây tổng cộng");
        assertThat(ReasonWording.inVietnamese("attachment bang.xlsx: text not read: the documents of the message took"
                + " longer than 2.5 seconds together"))
                .isEqualTo("Tệp đính kèm bang.xlsx: không đọc được nội dung: các tệp của thư đã đọc quá 2,5 giây tổng cộng");
        assertThat(ReasonWording.inVietnamese("attachment bao-cao.pdf: text not read: reading took longer than 0.05 seconds"))
                .isEqualTo("Tệp đính kèm bao-cao.pdf: không đọc được nội dung: đọc quá 0,05 giây");
    }

    @Test
    void aMessageThatCannotBeReadSaysWhichLimitItBrokeInVietnamese() {
        assertThat(ReasonWording.inVietnamese("the message cannot be read: not a readable email message: its header has"
                + " more than 1000 fields")).isEqualTo("Không đọc được thư: phần đầu thư có hơn 1000 trường");
        assertThat(ReasonWording.inVietnamese("the message cannot be read: not a readable email message: a field of its"
                + " header is longer than 256 KB"))
                .isEqualTo("Không đọc được thư: một trường ở phần đầu thư dài hơn 256 KB");
        assertThat(ReasonWording.inVietnamese("the message cannot be read: not a readable email message: a line of its"
                + " header is longer than 1000000 characters"))
                .isEqualTo("Không đọc được thư: một dòng ở phần đầu thư dài hơn 1000000 ký tự");
        assertThat(ReasonWording.inVietnamese("raw message kept as 3f2a")).isEqualTo("Thư gốc được lưu dưới mã 3f2a");
    }

    @Test
    void aReasonOfNoKnownWordingIsShownAsItIs() {
        String vietnamese = "có 2 công văn cùng số 15/MTTQ (ngày 05/01/2021 và ngày 04/01/2022)";
        assertThat(ReasonWording.inVietnamese(vietnamese)).isEqualTo(vietnamese);
    }
}
