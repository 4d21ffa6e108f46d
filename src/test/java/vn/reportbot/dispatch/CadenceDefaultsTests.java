package vn.reportbot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import vn.reportbot.dispatchtext.Cadence;

class CadenceDefaultsTests {

    @Test
    void anOpenEndedCadenceBecomesTheOfficesDefault() {
        Cadence ongoing = new Cadence(Cadence.Frequency.ONGOING, null, null, null, "thường xuyên báo cáo");
        CadenceDefaults defaults = new CadenceDefaults(Cadence.Frequency.WEEKLY, DayOfWeek.FRIDAY,
                java.util.Map.of("hai-hau-bdv", new CadenceDefaults.OfficeCadence(Cadence.Frequency.MONTHLY, null)), 30);
        assertThat(defaults.effective("bac-ai-mttq", ongoing).frequency()).isEqualTo(Cadence.Frequency.WEEKLY);
        assertThat(defaults.effective("bac-ai-mttq", ongoing).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(defaults.effective("hai-hau-bdv", ongoing).frequency()).isEqualTo(Cadence.Frequency.MONTHLY);
        assertThat(defaults.effective("hai-hau-bdv", null)).isNull();
    }
}
