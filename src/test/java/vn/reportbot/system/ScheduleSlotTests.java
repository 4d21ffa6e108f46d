package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Which scheduled time a fire is for, and what the office digest's shorthands mean. */
class ScheduleSlotTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZonedDateTime FRIDAY_1630 = ZonedDateTime.of(2021, 9, 24, 16, 30, 0, 0, VIETNAM);

    @Test
    void aFireOnTimeIsForItsOwnTime() {
        assertThat(ScheduleSlot.of("0 30 16 ? * FRI", VIETNAM, FRIDAY_1630.toInstant())).isEqualTo(FRIDAY_1630);
    }

    @Test
    void aLateFireAfterAMisfireIsForTheTimeItMissed() {
        assertThat(ScheduleSlot.of("0 30 16 ? * FRI", VIETNAM, FRIDAY_1630.plusMinutes(7).plusSeconds(3).toInstant()))
                .isEqualTo(FRIDAY_1630);
        assertThat(ScheduleSlot.of("0 30 16 ? * FRI", VIETNAM, FRIDAY_1630.plusDays(3).toInstant()))
                .as("the service came back on Monday").isEqualTo(FRIDAY_1630);
    }

    @Test
    void aFireAfterSeveralMissedTimesIsForTheLatestOfThem() {
        assertThat(ScheduleSlot.of("0 30 16 * * ?", VIETNAM, FRIDAY_1630.plusDays(2).plusHours(1).toInstant()))
                .isEqualTo(FRIDAY_1630.plusDays(2));
    }

    @Test
    void theSlotIsCountedInTheOfficesZone() {
        ZonedDateTime inUtc = FRIDAY_1630.withZoneSameInstant(ZoneId.of("UTC"));
        assertThat(ScheduleSlot.of("0 30 16 ? * FRI", VIETNAM, inUtc.plusSeconds(1).toInstant()).toLocalTime())
                .hasToString("16:30");
    }

    @Test
    void dailyIsTheDefaultDigestsTimeEveryDayAndWeeklyItsTimeOnItsDay() {
        assertThat(SchedulePlan.officeCron("DAILY", "0 30 16 ? * FRI")).isEqualTo("0 30 16 * * ?");
        assertThat(SchedulePlan.officeCron("weekly", "0 30 16 ? * FRI")).isEqualTo("0 30 16 ? * FRI");
        assertThat(SchedulePlan.officeCron("DAILY", "0 0 17 ? * MON")).isEqualTo("0 0 17 * * ?");
        assertThat(SchedulePlan.officeCron("WEEKLY", "0 0 17 ? * MON")).isEqualTo("0 0 17 ? * MON");
        assertThat(SchedulePlan.officeCron("WEEKLY", "")).as("no default digest").isEqualTo("0 30 16 ? * FRI");
    }

    @Test
    void anOfficeWithoutItsOwnDigestFollowsTheDefaultAndAnEmptyOneHasNone() {
        assertThat(SchedulePlan.officeCron(null, "0 30 16 ? * FRI")).isEqualTo("0 30 16 ? * FRI");
        assertThat(SchedulePlan.officeCron("", "0 30 16 ? * FRI")).isEmpty();
        assertThat(SchedulePlan.officeCron(" 0 0 7 ? * MON ", "0 30 16 ? * FRI")).isEqualTo("0 0 7 ? * MON");
    }
}
