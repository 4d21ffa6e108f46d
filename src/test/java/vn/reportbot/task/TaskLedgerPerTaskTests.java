package vn.reportbot.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A unit's obligation on a dispatch with numbered tasks is reported task by task: a report of tasks 1 and 2 of 5
 * leaves 3 to 5 open until a later report gives them; a report that names none gives them all. On the real schema
 * (Flyway's migrations on H2).
 */
class TaskLedgerPerTaskTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<Integer> FIVE = List.of(1, 2, 3, 4, 5);
    private static final LocalDate DUE = LocalDate.of(2021, 9, 24);

    private JdbcClient jdbc;
    private TaskLedger ledger;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:tasks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO dispatch (id, office_id, number, issued_year, subject, parsed_json, imported_at)"
                + " VALUES (1, 'bac-ai-mttq', '319/MTTQ-BTT', 2021, 'Tăng cường tuyên truyền', '{}', CURRENT_TIMESTAMP)")
                .update();
        ledger = new TaskLedger(jdbc, new JdbcTemplate(dataSource), Clock.system(VIETNAM));
    }

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse(day + "T09:00:00+07:00");
    }

    @Test
    void aReportOfTasksOneAndTwoLeavesThreeToFiveOpenAndALaterReportOfThemCompletesIt() {
        ledger.open(1, List.of("phuoc-dai", "phuoc-tan"), "", null, DUE);

        ReportingTask partial = ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(1, 2), FIVE).orElseThrow();

        assertThat(partial.reportedAt()).as("not wholly reported").isNull();
        assertThat(partial.statusOn(LocalDate.of(2021, 9, 21))).isEqualTo(TaskStatus.PARTIAL);
        assertThat(partial.reportedParts()).containsOnlyKeys(1, 2);
        assertThat(partial.openOrdinals(FIVE)).containsExactly(3, 4, 5);
        assertThat(ledger.openTasksOf(1)).as("a partly reported unit still owes").hasSize(2);

        ReportingTask complete = ledger.markReported(1, "phuoc-dai", at("2021-09-22"), List.of(3, 4, 5), FIVE).orElseThrow();

        assertThat(complete.id()).isEqualTo(partial.id());
        assertThat(complete.reportedAt()).isEqualTo(at("2021-09-22"));
        assertThat(complete.statusOn(LocalDate.of(2021, 9, 23))).isEqualTo(TaskStatus.REPORTED);
        assertThat(complete.openOrdinals(FIVE)).isEmpty();
        assertThat(ledger.openTasksOf(1)).extracting(ReportingTask::unitId).containsExactly("phuoc-tan");
        assertThat(ledger.reportedPartsOf(List.of(complete.id())).get(complete.id()))
                .as("each task keeps when it was reported")
                .containsEntry(1, at("2021-09-20")).containsEntry(2, at("2021-09-20")).containsEntry(5, at("2021-09-22"));
    }

    @Test
    void aTaskReportedAgainKeepsItsFirstReportAndTheWholeWaitsForTheRest() {
        ledger.open(1, List.of("phuoc-dai"), "", null, DUE);

        ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(1), FIVE);
        ReportingTask again = ledger.markReported(1, "phuoc-dai", at("2021-09-21"), List.of(1, 2), FIVE).orElseThrow();

        assertThat(again.reportedParts()).containsEntry(1, at("2021-09-20")).containsEntry(2, at("2021-09-21"))
                .hasSize(2);
        assertThat(again.isPartial()).isTrue();
    }

    @Test
    void aReportThatNamesNoTaskCountsForAllOfThem() {
        ledger.open(1, List.of("phuoc-dai"), "", null, DUE);
        ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(2), FIVE);

        ReportingTask whole = ledger.markReported(1, "phuoc-dai", at("2021-09-21"), List.of(), FIVE).orElseThrow();

        assertThat(whole.reportedAt()).isEqualTo(at("2021-09-21"));
        assertThat(whole.reportedParts()).as("empty once the whole is reported").isEmpty();
        assertThat(ledger.reportedPartsOf(List.of(whole.id())).get(whole.id()))
                .containsEntry(2, at("2021-09-20")).containsEntry(1, at("2021-09-21")).hasSize(5);
    }

    @Test
    void aDispatchWithoutNumberedTasksIsReportedByItsFirstReport() {
        ledger.open(1, List.of("phuoc-dai"), "", null, DUE);

        ReportingTask task = ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(3), List.of()).orElseThrow();

        assertThat(task.reportedAt()).isEqualTo(at("2021-09-20"));
        assertThat(task.statusOn(LocalDate.of(2021, 9, 21))).isEqualTo(TaskStatus.REPORTED);
        assertThat(ledger.reportedPartsOf(List.of(task.id()))).isEmpty();
    }

    @Test
    void lateIsJudgedPerTaskAgainstTheDeadline() {
        ledger.open(1, List.of("phuoc-dai"), "", null, DUE);
        ledger.markReported(1, "phuoc-dai", at("2021-09-23"), List.of(1, 2), FIVE);
        ReportingTask task = ledger.markReported(1, "phuoc-dai", at("2021-09-27"), List.of(3, 4, 5), FIVE).orElseThrow();
        var parts = ledger.reportedPartsOf(List.of(task.id())).get(task.id());
        LocalDate today = LocalDate.of(2021, 9, 28);

        assertThat(task.partStatusOn(parts.get(1), today)).isEqualTo(TaskStatus.REPORTED);
        assertThat(task.partStatusOn(parts.get(3), today)).isEqualTo(TaskStatus.LATE);
        assertThat(task.statusOn(today)).as("the whole was completed after the deadline").isEqualTo(TaskStatus.LATE);
    }

    @Test
    void aTaskNotYetReportedIsOverdueAfterTheDeadline() {
        ledger.open(1, List.of("phuoc-dai"), "", null, DUE);
        ReportingTask task = ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(1), FIVE).orElseThrow();

        assertThat(task.partStatusOn(task.reportedParts().get(2), LocalDate.of(2021, 9, 24))).isEqualTo(TaskStatus.OPEN);
        assertThat(task.partStatusOn(task.reportedParts().get(2), LocalDate.of(2021, 9, 25))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(task.partStatusOn(task.reportedParts().get(1), LocalDate.of(2021, 9, 25))).isEqualTo(TaskStatus.REPORTED);
    }

    @Test
    void aReportAfterAPartlyReportedPeriodCompletesThatPeriodFirst() {
        ledger.open(1, List.of("phuoc-dai"), "2021-W37", LocalDate.of(2021, 9, 13), LocalDate.of(2021, 9, 16));
        ledger.markReported(1, "phuoc-dai", at("2021-09-15"), List.of(1, 2), FIVE);
        ledger.open(1, List.of("phuoc-dai"), "2021-W38", LocalDate.of(2021, 9, 20), LocalDate.of(2021, 9, 23));

        ReportingTask late = ledger.markReported(1, "phuoc-dai", at("2021-09-20"), List.of(3, 4, 5), FIVE).orElseThrow();
        ReportingTask current = ledger.markReported(1, "phuoc-dai", at("2021-09-21"), List.of(1), FIVE).orElseThrow();

        assertThat(late.period()).as("the previous week, still owed in part").isEqualTo("2021-W37");
        assertThat(late.statusOn(LocalDate.of(2021, 9, 21))).isEqualTo(TaskStatus.LATE);
        assertThat(current.period()).isEqualTo("2021-W38");
        assertThat(current.statusOn(LocalDate.of(2021, 9, 21))).isEqualTo(TaskStatus.PARTIAL);
    }
}
