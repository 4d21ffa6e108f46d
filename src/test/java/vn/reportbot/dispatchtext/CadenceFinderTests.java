package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class CadenceFinderTests {

    @Test
    void readsAWeeklyCadenceWithItsWeekdayAndTime() {
        Cadence cadence = CadenceFinder.find("5. Các xã báo cáo kết quả định kỳ hằng tuần (trước 15 giờ thứ Năm) về Ban Thường trực.")
                .orElseThrow();
        assertThat(cadence.frequency()).isEqualTo(Cadence.Frequency.WEEKLY);
        assertThat(cadence.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(cadence.time()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void readsAMonthlyCadenceWithItsDayWrittenWithHang() {
        Cadence cadence = CadenceFinder.find("Đề nghị UBND các xã tổng hợp, báo cáo hàng tháng (trước ngày 25) về UBND huyện.")
                .orElseThrow();
        assertThat(cadence.frequency()).isEqualTo(Cadence.Frequency.MONTHLY);
        assertThat(cadence.dayOfMonth()).isEqualTo(25);
    }

    @Test
    void readsQuarterlyAndDailyCadences() {
        assertThat(CadenceFinder.find("Báo cáo kết quả hằng quý về Ban Dân vận.").orElseThrow().frequency())
                .isEqualTo(Cadence.Frequency.QUARTERLY);
        assertThat(CadenceFinder.find("Cập nhật số liệu, báo cáo hằng ngày trước 16h00.").orElseThrow().frequency())
                .isEqualTo(Cadence.Frequency.DAILY);
    }

    @Test
    void readsThuongXuyenBaoCaoAsOpenEnded() {
        Cadence cadence = CadenceFinder.find("chủ động tham mưu; thường xuyên báo cáo về Ban Dân vận Huyện ủy để tổng hợp.")
                .orElseThrow();
        assertThat(cadence.frequency()).isEqualTo(Cadence.Frequency.ONGOING);
        assertThat(cadence.phrase()).isEqualTo("thường xuyên báo cáo");
    }

    @Test
    void ignoresCadenceWordsInSentencesThatAreNotAboutReporting() {
        assertThat(CadenceFinder.find("Vận động nhân dân giữ vệ sinh hằng ngày, sinh hoạt hằng tuần tại thôn.")).isEmpty();
        assertThat(CadenceFinder.find("Thông tin, báo cáo kịp thời về Ban Thường trực.")).isEmpty();
    }
}
