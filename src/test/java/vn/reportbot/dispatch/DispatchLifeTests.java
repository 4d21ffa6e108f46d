package vn.reportbot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.matching.Decision;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/**
 * A dispatch's life in the real database (H2, migrated by Flyway), on a clock the test moves: it closes on its own
 * {@code close-after-days} after its deadline or its last period, or when staff close it; staff can reopen it;
 * {@code openDispatchesOf} leaves out the closed ones, while matching still finds them for a late report.
 */
class DispatchLifeTests {

    private static final String OFFICE = "bac-ai-mttq";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc = migratedDatabase();
    private final DayClock clock = new DayClock(LocalDate.of(2021, 10, 5));
    private final DispatchParser parser = new DispatchParser();

    /** 325/MTTQ-BTT of 05/10/2021, due 20/10/2021. */
    private final ParsedDispatch d325 = parse("src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt");

    @Test
    void aOneOffDispatchClosesOnItsOwnThirtyDaysAfterItsDeadline() {
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));

        assertThat(store.byId(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2021, 11, 19));
        assertThat(openOn(store, LocalDate.of(2021, 10, 21))).as("overdue, still open").containsExactly(id);
        assertThat(openOn(store, LocalDate.of(2021, 11, 18))).containsExactly(id);
        assertThat(openOn(store, LocalDate.of(2021, 11, 19))).as("30 days after the deadline").isEmpty();
        assertThat(store.dispatchesOf(OFFICE)).as("matching still sees it").extracting(KnownDispatch::id)
                .containsExactly(id);
    }

    @Test
    void theDaysAreSetByCloseAfterDaysAndZeroNeverClosesADispatchOnItsOwn() {
        long id = store(10).insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));

        assertThat(store(10).byId(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2021, 10, 30));
        assertThat(store(0).byId(id).orElseThrow().closedOn()).isNull();
        assertThat(openOn(store(0), LocalDate.of(2030, 1, 1))).containsExactly(id);
    }

    @Test
    void aDispatchWithoutADeadlineNeverClosesOnItsOwn() {
        ParsedDispatch seed = parse("config/dispatches/319-MTTQ-BTT-bac-ai.txt");
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, seed, OFFICE));

        assertThat(store.byId(id).orElseThrow().closedOn()).isNull();
        assertThat(openOn(store, LocalDate.of(2031, 9, 16))).containsExactly(id);
    }

    @Test
    void aDispatchImportedAfterItsDeadlineIsGivenTheFullTimeFromItsImport() {
        clock.set(LocalDate.of(2022, 3, 1));
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));

        assertThat(store.byId(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(openOn(store, LocalDate.of(2022, 3, 30))).containsExactly(id);
    }

    @Test
    void aWeeklyDispatchWithAnEndClosesThirtyDaysAfterItsLastWeekAndOneWithoutAnEndNever() {
        Cadence weekly = new Cadence(Cadence.Frequency.WEEKLY, DayOfWeek.THURSDAY, null, LocalTime.of(15, 0),
                "định kỳ hằng tuần (trước 15 giờ thứ Năm)");
        DispatchStore store = store(30);
        // ends on Wednesday 20/10/2021: its last week runs to Sunday 24/10/2021
        long withEnd = store.insert(OFFICE, 2021, DispatchJson.of(null, null, withCadence(d325, weekly, "325/MTTQ-BTT",
                LocalDate.of(2021, 10, 20)), OFFICE));
        long endless = store.insert(OFFICE, 2021, DispatchJson.of(null, null, withCadence(d325, weekly, "326/MTTQ-BTT",
                null), OFFICE));

        assertThat(store.byId(withEnd).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2021, 11, 23));
        assertThat(store.byId(endless).orElseThrow().closedOn()).isNull();
        assertThat(openOn(store, LocalDate.of(2021, 11, 22))).containsExactly(endless, withEnd);
        assertThat(openOn(store, LocalDate.of(2021, 11, 23))).containsExactly(endless);
    }

    @Test
    void staffCloseADispatchFromADayAndWhoDidItAndWhenIsRecorded() {
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));
        clock.set(LocalDate.of(2021, 10, 8));

        store.close(id, LocalDate.of(2021, 10, 12), "ben.nv");

        assertThat(store.byId(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(openOn(store, LocalDate.of(2021, 10, 11))).containsExactly(id);
        assertThat(openOn(store, LocalDate.of(2021, 10, 12))).isEmpty();
        Map<String, Object> row = jdbc.sql("SELECT closed_by, closed_at FROM dispatch WHERE id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("CLOSED_BY")).isEqualTo("ben.nv");
        assertThat(row.get("CLOSED_AT").toString()).startsWith("2021-10-08");
        assertThat(store.json(store.find(id).orElseThrow())).satisfies(json -> {
            assertThat(json.closedOn()).contains(LocalDate.of(2021, 10, 12));
            assertThat(json.open()).as("open until the 12th").isTrue();
        });
    }

    @Test
    void aDispatchStaffReopenedAfterItClosedOnItsOwnStaysOpenThirtyDaysFromTheReopening() {
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));
        clock.set(LocalDate.of(2021, 12, 1));
        assertThat(openOn(store, clock.today())).as("closed on 19/11 on its own").isEmpty();

        store.reopen(id, clock.today(), "hoa.pt");

        assertThat(store.byId(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(openOn(store, LocalDate.of(2021, 12, 30))).containsExactly(id);
        assertThat(openOn(store, LocalDate.of(2021, 12, 31))).isEmpty();
        assertThat(jdbc.sql("SELECT reopened_by FROM dispatch WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("hoa.pt");
    }

    @Test
    void reopeningUndoesAClosingDayStaffSet() {
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));
        store.close(id, clock.today(), "ben.nv");
        assertThat(openOn(store, clock.today())).isEmpty();

        store.reopen(id, clock.today(), "ben.nv");

        assertThat(openOn(store, clock.today())).containsExactly(id);
        assertThat(store.byId(id).orElseThrow().closedOn()).as("30 days after the deadline again")
                .isEqualTo(LocalDate.of(2021, 11, 19));
    }

    @Test
    void aLateReportToAClosedDispatchIsStillMatchedToIt() throws Exception {
        DispatchStore store = store(30);
        long id = store.insert(OFFICE, 2021, DispatchJson.of(null, null, d325, OFFICE));
        store.close(id, LocalDate.of(2021, 10, 21), "ben.nv");
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        String eml = """
                Received: from mail-sor-f41.google.com by mx.bacai.example; Mon, 25 Oct 2021 09:12:00 +0700
                Date: Mon, 25 Oct 2021 09:11:40 +0700
                Message-ID: <late-325@mail.gmail.com>
                From: MTTQ xa Phuoc Dai <mttq.phuocdai@gmail.com>
                To: mattrabbacai@gmail.com
                Subject: Bao cao ket qua van dong theo Cong van so 325/MTTQ-BTT
                Content-Type: text/plain; charset=UTF-8

                Kính gửi Ban Thường trực, xã Phước Đại xin báo cáo muộn kết quả vận động ủng hộ Quỹ.
                """.replace("\n", "\r\n");

        MatchResult r = new ReportMatcher(directory, store, SentMailIndex.none())
                .match(new MessageReader().read(eml.getBytes(StandardCharsets.UTF_8)));

        assertThat(openOn(store, LocalDate.of(2021, 10, 25))).as("closed since 21/10").isEmpty();
        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(r.dispatch().id()).isEqualTo(id);
    }

    private List<Long> openOn(DispatchStore store, LocalDate day) {
        return store.openDispatchesOf(OFFICE, day).stream().map(KnownDispatch::id).toList();
    }

    private DispatchStore store(int closeAfterDays) {
        return new DispatchStore(jdbc, JsonMapper.builder().build(), clock,
                new CadenceDefaults(Cadence.Frequency.WEEKLY, DayOfWeek.FRIDAY, Map.of(), closeAfterDays));
    }

    private ParsedDispatch parse(String file) {
        try {
            return parser.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ParsedDispatch withCadence(ParsedDispatch p, Cadence cadence, String number, LocalDate end) {
        return new ParsedDispatch(number, p.issuedOn(), p.place(), p.issuer(), p.subject(), p.recipients(), p.tasks(),
                p.mailbox(), end, p.signer(), p.signerTitle(), p.cites(), cadence);
    }

    /** A fresh database migrated by Flyway: H2 in memory here; {@link DispatchLifePostgresIT} takes a PostgreSQL schema. */
    JdbcClient migratedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:dispatch-life-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return JdbcClient.create(dataSource);
    }

    /** A clock at 08:00 in Vietnam on a day the test sets. */
    private static final class DayClock extends Clock {
        private Instant now;

        DayClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(8, 0).atZone(VIETNAM).toInstant();
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, VIETNAM);
        }

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
