package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.mailbox.Mails;
import vn.reportbot.system.JobRunner;

/**
 * The service's clock jumping a day forward and back while it runs (its {@code Clock} bean, which every job, the outbox
 * and the reports read, replaced by one the test sets; a system clock stepped by NTP or by hand looks the same to
 * them): the reminders of a step go once per commune, the digest once per office and day, no mail is held up or sent
 * twice, and a report keeps the time the office's server received it, whatever the service's clock said.
 */
class ClockJumpIT {

    private static final String PASSWORD = "pw";
    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZonedDateTime DEADLINE_DAY = ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, ZONE); // a Monday

    @TempDir
    Path dataDir;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final ReminderMonth.WalkingClock clock = new ReminderMonth.WalkingClock(DEADLINE_DAY.minusDays(7).toInstant());
    private GreenMail mail;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aDayForwardAndBackSendsEachReminderAndEachDaysDigestOnceAndReportsKeepTheServersTime() throws Exception {
        start();
        int communes = directory.requireOffice("bac-ai-mttq").units().size();
        int staff = directory.requireOffice("bac-ai-mttq").staff().size();

        clock.set(DEADLINE_DAY.toInstant());
        run("reminders");
        run("digest");
        assertThat(count("reminder")).as("the deadline day's reminder, to each commune").isEqualTo(communes);
        assertThat(count("digest")).isEqualTo(1);

        clock.set(DEADLINE_DAY.plusDays(1).toInstant()); // a day forward
        run("reminders");
        run("digest");
        // a commune reports on the deadline day as the office's server saw it, though the service thinks it is the next
        Mails.append(mail.getImap().getPort(), MAILBOX, PASSWORD, "INBOX", report("mttq.phuocdai@gmail.com"),
                Date.from(DEADLINE_DAY.plusHours(2).toInstant()));
        run("poll");
        assertThat(count("digest")).as("the next day's digest").isEqualTo(2);

        clock.set(DEADLINE_DAY.plusHours(1).toInstant()); // and back
        run("reminders");
        run("digest");
        run("poll");
        assertThat(count("reminder")).as("no step again").isEqualTo(communes);
        assertThat(count("digest")).as("no day's digest again").isEqualTo(2);

        clock.set(DEADLINE_DAY.plusDays(2).toInstant()); // Wednesday: two days after, the overdue step
        run("reminders");
        run("digest");
        assertThat(count("reminder")).as("the overdue step, to each commune but the one that reported on time")
                .isEqualTo(communes + communes - 1);
        assertThat(count("digest")).isEqualTo(3);

        JdbcClient db = app.getBean(JdbcClient.class);
        assertThat(db.sql("SELECT status FROM outbox").query(String.class).list()).as("every mail went out")
                .containsOnly("SENT");
        assertThat(db.sql("SELECT received_at FROM report").query(java.time.OffsetDateTime.class).single().toInstant())
                .as("the report's time is the server's").isEqualTo(DEADLINE_DAY.plusHours(2).toInstant());
        List<String> ids = new ArrayList<>(); // "address Message-ID" for each mail in each mailbox
        for (String address : directory.allAddresses()) {
            if (address.equals(MAILBOX)) {
                continue; // the office's own mailbox holds the report it received
            }
            var user = mail.getUserManager().getUserByEmail(address);
            for (var stored : mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                ids.add(address + " " + stored.getMimeMessage().getMessageID());
            }
        }
        int addressed = 0;
        for (String[] row : db.sql("SELECT recipients, COALESCE(cc, '') FROM outbox")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()) {
            addressed += row[0].split(",").length + (row[1].isEmpty() ? 0 : row[1].split(",").length);
        }
        assertThat(ids).as("each mail once in each of its recipients' mailboxes").doesNotHaveDuplicates().hasSize(addressed);
        assertThat(count("digest")).isEqualTo(3);
        assertThat(staff).isPositive();
    }

    private void run(String job) {
        app.getBean(JobRunner.class).run(job, Optional.empty());
    }

    private int count(String kind) {
        return app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox WHERE kind = ? AND office_id = 'bac-ai-mttq'")
                .params(kind).query(Integer.class).single();
    }

    private static byte[] report(String from) {
        return ("From: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString("Báo cáo thực hiện Công văn số 401/MTTQ-BTT"
                .getBytes(StandardCharsets.UTF_8)) + "?=\r\nMessage-ID: <clock-jump@gmail.com>\r\n"
                + "Date: Mon, 4 Jan 2027 10:00:00 +0700\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Kính gửi Ban Thường trực,\r\nĐơn vị xin báo cáo kết quả thực hiện Công văn số 401/MTTQ-BTT"
                + " như sau: đã triển khai đầy đủ.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void start() throws Exception {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
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
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reportbot"),
                "--reportbot.mailboxes.bac-ai-mttq.url=imap://" + URLEncoder.encode(MAILBOX, StandardCharsets.UTF_8)
                        + ":" + PASSWORD + "@127.0.0.1:" + mail.getImap().getPort() + "/INBOX"));
        app = new SpringApplicationBuilder(ReportbotApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(factory -> {
                    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
                    registry.removeBeanDefinition("clock");
                    registry.registerBeanDefinition("clock",
                            BeanDefinitionBuilder.genericBeanDefinition(Clock.class, () -> clock).getBeanDefinition());
                }))
                .run(args.toArray(String[]::new));
        String text = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: 401 /MTTQ-BTT")
                .replace("Bác Ái, ngày 16 tháng 9 năm 2021", "Bác Ái, ngày 28 tháng 12 năm 2026")
                .replace("5. Thông tin, báo cáo kịp thời về", "5. Báo cáo kết quả trước ngày 04/01/2027 về");
        app.getBean(DispatchImporter.class).importText(text, "401-MTTQ-BTT.txt", Optional.empty());
    }
}
