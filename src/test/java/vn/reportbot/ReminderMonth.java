package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.mailbox.Mails;
import vn.reportbot.system.JobRunner;

/**
 * A month of reminders on a clock the test walks hour by hour, running the reminders job every hour as an hourly
 * schedule would, with the project's holidays file (Tết Dương lịch, Friday 01/01/2027) and default rules (3 days
 * before, on the day, 2 days after with the staff in Cc, then weekly; Monday to Friday; quiet 17:30–07:30). Bác Ái's
 * communes owe a one-off dispatch due Monday 04/01/2027 and a weekly one due each Thursday; some of them report (real
 * mails into the office's mailbox, polled). Each commune's mailbox then holds exactly the reminders its open tasks
 * call for: on working days at the first hourly run after 07:30, none on the holiday, a weekend or in quiet hours,
 * none after it reported. Subclasses choose the database.
 */
abstract class ReminderMonth {

    private static final String PASSWORD = "pw";
    private static final String ADMIN = "admin:secret";
    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 14); // a Monday
    private static final LocalDate END = LocalDate.parse(System.getProperty("reportbot.it.reminder-month-end", "2027-01-13"));
    private static final Pattern WEEK = Pattern.compile(", tuần (\\d+)/\\d{4} ");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @TempDir
    Path dataDir;

    private GreenMail mail;
    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final WalkingClock clock = new WalkingClock(FIRST_DAY.atStartOfDay(ZONE).toInstant());

    /** The {@code --spring.datasource.*} (and related) arguments of the database under test. */
    abstract List<String> databaseArguments(Path dataDir);

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        mail.stop();
    }

    @Test
    void eachCommuneGetsExactlyTheStepsItsOpenTasksCallForOnWorkingHoursOnlyAndNoneAfterReporting() throws Exception {
        startBot();
        importDispatch(Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: 401 /MTTQ-BTT")
                .replace("Bác Ái, ngày 16 tháng 9 năm 2021", "Bác Ái, ngày 14 tháng 12 năm 2026")
                .replace("5. Thông tin, báo cáo kịp thời về", "5. Báo cáo kết quả trước ngày 04/01/2027 về"),
                "2027-01-04");
        importDispatch(Files.readString(Path.of("src/test/resources/dispatches/mttq-bac-ai-weekly-thursday.txt"))
                .replace("Bác Ái, ngày 04 tháng 10 năm 2021", "Bác Ái, ngày 14 tháng 12 năm 2026"), null);

        Map<LocalDateTime, String[]> reports = Map.of(
                LocalDateTime.parse("2026-12-16T10:00"), new String[] {"mttq.phuocbinh@gmail.com", "342/MTTQ-BTT"},
                LocalDateTime.parse("2026-12-30T10:00"), new String[] {"mttq.phuocdai@gmail.com", "401/MTTQ-BTT"},
                LocalDateTime.parse("2026-12-30T11:00"), new String[] {"mttq.phuocthang@gmail.com", "401/MTTQ-BTT",
                        "nội dung 1 và 2"},
                LocalDateTime.parse("2027-01-05T09:00"), new String[] {"mttq.phuochoa@gmail.com", "342/MTTQ-BTT"},
                LocalDateTime.parse("2027-01-05T10:00"), new String[] {"mttq.phuoctan@gmail.com", "401/MTTQ-BTT"});

        Map<String, List<String>> reminded = new TreeMap<>(); // commune's address → "MM-dd HH:mm dispatch [week] …"
        Map<String, Integer> copiesToStaff = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>(); // Phước Tân's reminders: label → plain text
        Map<String, String> partialTexts = new TreeMap<>(); // Phước Thắng's reminders of the dispatch it partly reported
        Set<String> seen = new HashSet<>();
        JobRunner runner = app.getBean(JobRunner.class);
        assertThat(post("/api/jobs/reminders/run").statusCode()).isEqualTo(200);
        long started = System.nanoTime();
        long jobNanos = 0;
        int receivedBefore = 0;
        for (ZonedDateTime t = FIRST_DAY.atStartOfDay(ZONE); t.toLocalDate().isBefore(END); t = t.plusHours(1)) {
            clock.set(t.toInstant());
            String[] report = reports.get(t.toLocalDateTime());
            if (report != null) {
                deliverReport(report[0], report[1], report.length > 2 ? report[2] : null, t);
                String poll = post("/api/jobs/poll/run").body();
                System.out.println("ReminderMonth: " + t + " report of " + report[0] + ": " + poll);
                assertThat(poll).contains("\"messagesRead\":1");
                System.out.println("ReminderMonth: " + get("/api/reports?limit=1"));
            }
            long jobStart = System.nanoTime();
            runner.run("reminders", Optional.empty()); // as the scheduler runs it (POST …/run, behind a login, too)
            jobNanos += System.nanoTime() - jobStart;
            MimeMessage[] received = mail.getReceivedMessages();
            if (received.length == receivedBefore) {
                continue;
            }
            receivedBefore = received.length;
            for (MimeMessage m : received) {
                String id = m.getMessageID();
                if (!isReminder(m) || !seen.add(id)) {
                    continue;
                }
                String label = label(m, t);
                String first = m.getRecipients(Message.RecipientType.TO)[0].toString();
                if (first.equals("mttq.phuoctan@gmail.com")) {
                    texts.putIfAbsent(label, plainText(m));
                } else if (first.equals("mttq.phuocthang@gmail.com") && label.contains(" 401 ")) {
                    partialTexts.putIfAbsent(label, plainText(m));
                }
                for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                    reminded.computeIfAbsent(((InternetAddress) to).getAddress(), a -> new ArrayList<>()).add(label);
                }
                Address[] cc = m.getRecipients(Message.RecipientType.CC);
                for (Address copy : cc == null ? new Address[0] : cc) {
                    copiesToStaff.merge(((InternetAddress) copy).getAddress(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("ReminderMonth: hourly runs until %s in %d s, %d s of them in the job%n", END,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), Duration.ofNanos(jobNanos).toSeconds());

        Office bacAi = directory.requireOffice("bac-ai-mttq");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Unit unit : bacAi.units()) {
            List<String> steps = new ArrayList<>(everyStep());
            switch (unit.id()) {
                // reported the weekly dispatch on Wednesday 16/12, for week 51: nothing more for that week
                case "phuoc-binh" -> steps.removeIf(s -> s.contains("342 W51") && !s.startsWith("12-14"));
                // reported the one-off dispatch on 30/12, before its first step
                case "phuoc-dai" -> steps.removeIf(s -> s.contains("401"));
                // reported tasks 1 and 2 of the one-off dispatch on 30/12: still reminded of 3 to 5, at every step
                case "phuoc-thang" -> { }
                // reported late on Tuesday 05/01 09:00 (during week 1 of 2027): it counts for week 53, already
                // reminded on 04/01; weeks 51, 52, 01 and 02 are still owed, but their steps are those of everyone
                case "phuoc-hoa" -> { }
                // reported the one-off dispatch on 05/01 (10:00), after the reminder of its deadline day
                case "phuoc-tan" -> steps.removeIf(s -> s.contains("401") && !s.startsWith("01-04"));
                default -> {
                }
            }
            expected.put(unit.emails().get(0), steps);
        }
        Map<String, List<String>> got = new LinkedHashMap<>();
        for (String address : expected.keySet()) {
            got.put(address, reminded.getOrDefault(address, List.of()).stream().sorted().toList());
        }
        expected.replaceAll((a, steps) -> steps.stream().sorted().toList());
        assertThat(got).isEqualTo(expected);
        assertThat(reminded.keySet()).as("only Bác Ái's communes are reminded").isEqualTo(expected.keySet());

        assertThat(texts.get("12-14 08:00 342 W51 nhắc")).contains("Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Tân,",
                "Công văn số 342/MTTQ-BTT", "Kỳ báo cáo: tuần 51/2026 (14/12 – 20/12/2026)",
                "Thời hạn: trước 15:00 ngày 17/12/2026", "Các nội dung cần báo cáo:", "  3. Tổng hợp kết quả vận động",
                "Đề nghị đơn vị gửi báo cáo chậm nhất trước 15:00 ngày 17/12/2026 về hộp thư " + MAILBOX);
        assertThat(texts.get("01-04 08:00 401 nhắc")).contains("Thời hạn: ngày 04/01/2027", "  5. Báo cáo kết quả");
        assertThat(texts.get("12-21 08:00 342 W51 quá hạn cc")).contains("Công văn số 342/MTTQ-BTT ngày 14/12/2026 của"
                + " Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái đã hết hạn báo cáo từ ngày 17/12/2026 (kỳ tuần 51/2026",
                "Đề nghị đơn vị khẩn trương gửi báo cáo", "đồng gửi cán bộ phụ trách");

        assertThat(partialTexts.keySet()).containsExactly("01-04 08:00 401 nhắc", "01-06 08:00 401 quá hạn cc");
        assertThat(partialTexts.values()).allSatisfy(text -> assertThat(text)
                .contains("Đơn vị đã báo cáo một phần; còn thiếu nội dung 3, 4, 5:", "  3. ", "  5. Báo cáo kết quả")
                .doesNotContain("  1. ", "  2. "));
        assertThat(get("/api/dispatches")).as("Phước Thắng is partial on 401").contains("\"partial\":1");

        long copied = expected.values().stream().flatMap(List::stream).filter(s -> s.endsWith(" cc")).count();
        for (var staff : bacAi.staff()) {
            assertThat(copiesToStaff.getOrDefault(staff.email(), 0)).as("copies to %s", staff.email())
                    .isEqualTo((int) copied);
        }
    }

    /**
     * The reminders of a commune that never reports, each "MM-dd HH:mm DISPATCH [WEEK] nhắc|quá hạn [cc]": every one
     * at 08:00, the first hourly run after the quiet hours; steps falling on a weekend or on 01/01 wait for Monday.
     */
    private static List<String> everyStep() {
        return List.of(
                "12-14 08:00 342 W51 nhắc",               // week 51 due Thursday 17/12: 3 days before
                "12-17 08:00 342 W51 nhắc",               // on the day
                "12-21 08:00 342 W51 quá hạn cc",         // 2 days after is Saturday 19/12: on Monday
                "12-21 08:00 342 W52 nhắc",
                "12-24 08:00 342 W52 nhắc",               // week 52's deadline overtakes week 51: no weekly repeat
                "12-28 08:00 342 W52 quá hạn cc",
                "12-28 08:00 342 W53 nhắc",
                "12-31 08:00 342 W53 nhắc",
                // Friday 01/01 is Tết Dương lịch: nothing until Monday. The one-off dispatch's 3 days before fell on
                // it and is overtaken by its deadline day: never sent.
                "01-04 08:00 342 W53 quá hạn cc",
                "01-04 08:00 342 W01 nhắc",
                "01-04 08:00 401 nhắc",
                "01-06 08:00 401 quá hạn cc",
                "01-07 08:00 342 W01 nhắc",
                "01-11 08:00 342 W01 quá hạn cc",
                "01-11 08:00 342 W02 nhắc");
    }

    private String label(MimeMessage m, ZonedDateTime at) throws MessagingException {
        String subject = m.getSubject();
        String dispatch = subject.contains("342/MTTQ-BTT") ? "342" : subject.contains("401/MTTQ-BTT") ? "401" : "?";
        Matcher week = WEEK.matcher(subject);
        String period = week.find() ? " W" + String.format("%02d", Integer.parseInt(week.group(1))) : "";
        String kind = subject.startsWith("Quá hạn") ? " quá hạn" : " nhắc";
        Address[] cc = m.getRecipients(Message.RecipientType.CC);
        return WHEN.format(at) + " " + dispatch + period + kind + (cc != null && cc.length > 0 ? " cc" : "");
    }

    private static String plainText(MimeMessage m) throws MessagingException, IOException {
        jakarta.mail.Multipart alternative = (jakarta.mail.Multipart) m.getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    private static boolean isReminder(MimeMessage m) {
        try {
            return "auto-generated".equals(m.getHeader("Auto-Submitted", null))
                    && (m.getSubject().startsWith("Nhắc báo cáo") || m.getSubject().startsWith("Quá hạn báo cáo"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importDispatch(String text, String deadline) throws IOException, InterruptedException {
        HttpResponse<String> created = send(request("/api/dispatches").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains(deadline == null ? "\"deadline\":null" : "\"deadline\":\"" + deadline + "\"");
    }

    /** A commune's report, as the office's server received it at that (simulated) moment. */
    /** A unit's report of the dispatch, of the numbered tasks {@code tasks} names ({@code nội dung 1 và 2}) or of all. */
    private void deliverReport(String from, String dispatch, String tasks, ZonedDateTime at) throws MessagingException {
        String raw = "From: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(("Báo cáo thực hiện Công văn số " + dispatch)
                .getBytes(StandardCharsets.UTF_8)) + "?=\r\nMessage-ID: <report." + at.toEpochSecond() + "." + from
                + ">\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(at) + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Kính gửi Ban Thường trực,\r\nĐơn vị xin báo cáo kết quả thực hiện Công văn số " + dispatch
                + (tasks == null ? " như sau: đã triển khai đầy đủ.\r\n"
                        : ", " + tasks + ", như sau: đã triển khai; các nội dung còn lại sẽ báo cáo sau.\r\n");
        Mails.append(mail.getImap().getPort(), MAILBOX, PASSWORD, "INBOX", raw.getBytes(StandardCharsets.UTF_8),
                Date.from(at.toInstant()));
    }

    private void startBot() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.holidays=config/holidays.yml",
                "--reportbot.data-dir=" + dataDir,
                "--reportbot.dispatches=" + dataDir.resolve("no-dispatches"),
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=false",
                "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + URLEncoder.encode(office.mailbox(),
                    StandardCharsets.UTF_8) + ":" + PASSWORD + "@127.0.0.1:" + mail.getImap().getPort() + "/INBOX");
        }
        args.addAll(databaseArguments(dataDir));
        app = new SpringApplicationBuilder(ReportbotApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(factory -> {
                    // the service's clock is the test's: replaced once every configuration has declared its beans
                    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
                    registry.removeBeanDefinition("clock");
                    registry.registerBeanDefinition("clock",
                            BeanDefinitionBuilder.genericBeanDefinition(Clock.class, () -> clock).getBeanDefinition());
                }))
                .run(args.toArray(String[]::new));
    }

    private String get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build()).body();
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    /** A clock that shows what the test sets. */
    static final class WalkingClock extends Clock {

        private volatile Instant now;

        WalkingClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
