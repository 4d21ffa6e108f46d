package vn.reportbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import vn.reportbot.system.JobResult;

/**
 * The reminder fan-out: an office of {@code units} units with one dispatch due today, none reported; the
 * {@code reminders} job (with every day a working day and no quiet hours, so that it sends whenever the bench runs)
 * queues a reminder to each unit and sends them all. Its time, from the job's start to its end, is set against a bare
 * Jakarta Mail send loop of the very mails it sent, each to its own recipients, to a fresh loopback server of the
 * same kind (one that keeps a mailbox per address does the same work for both). Figures:
 * {@code reminders_vs_raw_send} (or {@code reminders_vs_raw_send_<N>_units} for a size beside {@code --units}), the
 * job's mails a second over the bare loop's.
 */
final class ReminderFanout {

    private ReminderFanout() {
    }

    /** @param figureSuffix appended to the figures' names ({@code ""}, {@code "_3321_units"}) */
    static Section run(Class<?> application, Path folder, int units, String figureSuffix, PrintStream progress)
            throws IOException, MessagingException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        GeneratedDistrict district = new GeneratedDistrict(units, today.minusDays(30)); // due 37 days after its date
        Path directory = Files.writeString(folder.resolve("directory.yml"), district.directoryYaml());
        Path holidays = Files.writeString(folder.resolve("holidays.yml"), "holidays: []\n");
        List<String> everyMoment = List.of("--reportbot.reminders.quiet-hours=",
                "--reportbot.reminders.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--reportbot.holidays=" + holidays);
        JobResult job;
        long nanos;
        List<byte[]> sent;
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX);
             ServiceUnderBench service = ServiceUnderBench.start(application, folder, directory, mail, everyMoment)) {
            service.importDispatch(district.dispatchText());
            long start = System.nanoTime();
            job = service.run("reminders");
            nanos = System.nanoTime() - start;
            sent = mail.received();
        }
        if (job.mailsSent() != units || sent.size() != units) {
            throw new IllegalStateException("the reminders job sent " + job.mailsSent() + " mail(s) and the server took "
                    + sent.size() + ", not one to each of the " + units + " units: " + job.details());
        }
        long bytes = sent.stream().mapToLong(m -> m.length).sum();
        Measurement reminders = new Measurement("reminders job (queue and send)", units, bytes, nanos);
        Measurement bare;
        try (LoopbackMailServer fresh = new LoopbackMailServer(GeneratedDistrict.MAILBOX)) {
            bare = SendLoop.sendToTheirRecipients(fresh, sent);
        }
        double ratio = reminders.messagesPerSecond() / bare.messagesPerSecond();
        List<String> lines = new ArrayList<>();
        for (Measurement m : List.of(bare, reminders)) {
            lines.add(String.format(java.util.Locale.ROOT, "%-34s %6d mails %8.2f s %9.1f mails/s %6.2f MB/s", m.step(),
                    m.messages(), m.seconds(), m.messagesPerSecond(), m.megabytesPerSecond()));
        }
        lines.add(String.format(java.util.Locale.ROOT, "reminders against the bare send loop: %.2f", ratio));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("reminders_vs_raw_send" + figureSuffix, Section.value("%.2f", ratio));
        figures.put("reminders_s" + figureSuffix, Section.value("%.2f", reminders.seconds()));
        return new Section("Reminder fan-out to " + units + " units (one dispatch due today, none reported)", lines,
                figures);
    }
}
