package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** A cadence a person writes on its own is read as in a dispatch's body, without "báo cáo" beside it. */
class CadenceReadTests {

    @Test
    void weeklyWithItsWeekdayAndTime() {
        Cadence weekly = Cadence.read("hằng tuần, trước 15 giờ thứ Năm").orElseThrow();
        assertThat(weekly.frequency()).isEqualTo(Cadence.Frequency.WEEKLY);
        assertThat(weekly.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(weekly.time()).isEqualTo(LocalTime.of(15, 0));
        assertThat(weekly.phrase()).isEqualTo("hằng tuần, trước 15 giờ thứ Năm");
    }

    @Test
    void monthlyWithItsDayQuarterlyDailyAndOngoing() {
        assertThat(Cadence.read("hàng tháng trước ngày 25").orElseThrow().dayOfMonth()).isEqualTo(25);
        assertThat(Cadence.read("Hằng quý").orElseThrow().frequency()).isEqualTo(Cadence.Frequency.QUARTERLY);
        assertThat(Cadence.read("mỗi ngày").orElseThrow().frequency()).isEqualTo(Cadence.Frequency.DAILY);
        assertThat(Cadence.read("thường xuyên").orElseThrow().frequency()).isEqualTo(Cadence.Frequency.ONGOING);
    }

    @Test
    void wordsThatNameNoCadenceGiveNone() {
        assertThat(Cadence.read("khi nào rảnh")).isEmpty();
        assertThat(Cadence.read("")).isEmpty();
        assertThat(Cadence.read(null)).isEmpty();
    }
}
