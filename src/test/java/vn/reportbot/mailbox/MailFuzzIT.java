package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.RawSmtp;
import vn.reportbot.documents.DocumentSettings;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.system.JobResult;

/**
 * Damaged mail ({@link MailMutator}, from the test corpora's real-looking messages) never crashes the poller, hangs
 * past its time limit or vanishes: every message ends recorded once, processed or on the review list with a reason,
 * and marked on the server. {@code -Dreportbot.fuzz.iterations=N} (messages through the poller; ten times as many go
 * through the message reader alone) and {@code -Dreportbot.fuzz.seed=S} for longer runs and to draw the same again;
 * the seed is printed.
 */
class MailFuzzIT {

    private static final String PASSWORD = "pw";
    private static final int ITERATIONS = Integer.getInteger("reportbot.fuzz.iterations", 60);
    private static final long SEED = Long.getLong("reportbot.fuzz.seed", new Random().nextLong());
    private static final int BATCH = 30;
    /** The documents of one message are read within this ({@code reportbot.documents.message-time-limit}). */
    private static final Duration DOCUMENTS_LIMIT = Duration.ofSeconds(10);
    /** A message is read, documents and all, within this; beyond it the reader hangs. */
    private static final Duration MESSAGE_LIMIT = DOCUMENTS_LIMIT.plusSeconds(10);

    @TempDir
    Path dataDir;

    private GreenMail mail;
    private Bot bot;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
    }

    @AfterEach
    void stopAll() {
        if (bot != null) {
            bot.close();
        }
        mail.stop();
    }

    @Test
    void damagedMessagesAreEachReadWithinTheLimitByTheReaderAlone() throws Exception {
        List<byte[]> corpus = corpus();
        MailMutator mutator = new MailMutator(SEED);
        MessageReader reader = new MessageReader(new DocumentSettings(2, 8, Duration.ofSeconds(5), DOCUMENTS_LIMIT));
        int iterations = ITERATIONS * 10;
        int read = 0;
        int refused = 0;
        Duration slowest = Duration.ZERO;
        java.util.concurrent.ExecutorService watched = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true); // a reader that hangs is left behind: the test fails instead of hanging the build
            return t;
        });
        for (int i = 0; i < iterations; i++) {
            MailMutator.Mutant mutant = mutator.mutate(corpus.get(mutator.nextInt(corpus.size())));
            long start = System.nanoTime();
            java.util.concurrent.Future<?> reading = watched.submit(() -> reader.read(mutant.raw()));
            try {
                reading.get(MESSAGE_LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                read++;
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("message " + i + " of seed " + SEED + " (" + mutant.done() + ") was not read"
                        + " within " + MESSAGE_LIMIT.toSeconds() + " s; kept as " + keep(mutant, i));
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof MalformedMessageException malformed)) {
                    throw new AssertionError("message " + i + " of seed " + SEED + " (" + mutant.done() + ") crashed"
                            + " the reader; kept as " + keep(mutant, i), e.getCause());
                }
                assertThat(malformed.getMessage()).as("why it cannot be read").isNotBlank();
                refused++;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }
        watched.shutdown();
        System.out.printf("MailFuzzIT reader: seed %d, %d damaged messages: %d read, %d refused as not mail,"
                + " slowest %d ms%n", SEED, iterations, read, refused, slowest.toMillis());
    }

    @Test
    void damagedMessagesThroughThePollerAreEachRecordedOnceAndMarkedSeen() throws Exception {
        List<byte[]> corpus = corpus();
        MailMutator mutator = new MailMutator(SEED ^ 0x5DEECE66DL);
        bot = Bot.start(dataDir, Bot.imapUrl(Bot.MAILBOX, PASSWORD, mail.getImap().getPort()),
                "--reportbot.mailbox.idle=false", "--reportbot.documents.time-limit=5s",
                "--reportbot.documents.message-time-limit=" + DOCUMENTS_LIMIT.toSeconds() + "s");
        System.out.printf("MailFuzzIT poller: seed %d (-Dreportbot.fuzz.seed=%d), %d damaged messages"
                + " (-Dreportbot.fuzz.iterations=N)%n", SEED, SEED, ITERATIONS);
        int delivered = 0;
        int refusedBySmtp = 0;
        List<MailMutator.Mutant> inBatch = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            MailMutator.Mutant mutant = mutator.mutate(corpus.get(mutator.nextInt(corpus.size())));
            try {
                RawSmtp.deliver(mail.getSmtp().getPort(), "mttq.phuocdai@gmail.com", Bot.MAILBOX, mutant.raw());
            } catch (IOException e) {
                refusedBySmtp++; // the mail server took it not: nothing reached the mailbox
                continue;
            }
            delivered++;
            inBatch.add(mutant);
            if (inBatch.size() == BATCH || i == ITERATIONS - 1) {
                assertThat(mail.waitForIncomingEmail(30_000, delivered)).as("GreenMail holds every message").isTrue();
                long start = System.nanoTime();
                JobResult poll = pollWithin(MESSAGE_LIMIT.multipliedBy(inBatch.size()), i - inBatch.size() + 1, i, inBatch);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(poll.details().toString()).as("no message's processing failed (seed %d, iterations %d to %d:"
                        + " %s)", SEED, i - inBatch.size() + 1, i, done(inBatch)).doesNotContain("failed");
                assertThat(poll.messagesRead()).as("the poll read the batch").isEqualTo(inBatch.size());
                assertThat(took).as("the poll of %d messages", inBatch.size())
                        .isLessThan(MESSAGE_LIMIT.multipliedBy(inBatch.size()));
                inBatch.clear();
            }
        }
        if (!inBatch.isEmpty()) {
            assertThat(bot.poll().messagesRead()).isEqualTo(inBatch.size());
        }

        List<Map<String, Object>> reports = bot.db().sql("SELECT delivery, decision, reasons FROM report").query().listOfRows();
        assertThat(reports).as("one report per message delivered, none lost, none doubled").hasSize(delivered);
        assertThat(reports.stream().map(r -> r.get("DELIVERY")).distinct().count()).as("distinct deliveries")
                .isEqualTo(delivered);
        assertThat(reports).filteredOn(r -> "NEEDS_REVIEW".equals(r.get("DECISION")))
                .allSatisfy(r -> assertThat((String) r.get("REASONS")).as("reason on the review list").isNotBlank());
        assertThat(seenFlags()).as("every message marked seen on the server").hasSize(delivered).containsOnly(true);
        assertThat(bot.poll().messagesRead()).as("nothing left to read").isZero();
        long review = reports.stream().filter(r -> "NEEDS_REVIEW".equals(r.get("DECISION"))).count();
        System.out.printf("MailFuzzIT poller: seed %d, %d damaged messages delivered (%d refused by the mail server):"
                + " %d recorded once each, %d on the review list with a reason, %d processed, 0 lost%n", SEED, delivered,
                refusedBySmtp, reports.size(), review, reports.size() - review);
    }

    /** The \\Seen flag of every message in the INBOX, fetched alone: a damaged message has no envelope to show. */
    private List<Boolean> seenFlags() throws Exception {
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
        try (jakarta.mail.Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), Bot.MAILBOX, PASSWORD);
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            try {
                jakarta.mail.Message[] messages = inbox.getMessages();
                jakarta.mail.FetchProfile flags = new jakarta.mail.FetchProfile();
                flags.add(jakarta.mail.FetchProfile.Item.FLAGS);
                inbox.fetch(messages, flags);
                List<Boolean> seen = new ArrayList<>();
                for (jakarta.mail.Message m : messages) {
                    seen.add(m.isSet(jakarta.mail.Flags.Flag.SEEN));
                }
                return seen;
            } finally {
                inbox.close(false);
            }
        }
    }

    /** A poll, or a failure naming the batch when it is not done within {@code limit}: a hang fails, not waits. */
    private JobResult pollWithin(Duration limit, int first, int last, List<MailMutator.Mutant> batch) throws Exception {
        java.util.concurrent.ExecutorService watched = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-poll");
            t.setDaemon(true);
            return t;
        });
        try {
            return watched.submit(bot::poll).get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            for (int k = 0; k < batch.size(); k++) {
                keep(batch.get(k), first + k);
            }
            throw new AssertionError("the poll of messages " + first + " to " + last + " of seed " + SEED + " ("
                    + done(batch) + ") did not end within " + limit.toSeconds() + " s; the batch is kept under "
                    + Path.of(System.getProperty("java.io.tmpdir"), "reportbot-fuzz"));
        } finally {
            watched.shutdown();
        }
    }

    private static String done(List<MailMutator.Mutant> batch) {
        return batch.stream().map(m -> m.done().toString()).toList().toString();
    }

    /** The real-looking messages of the test corpora. */
    private static List<byte[]> corpus() throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (String dir : List.of("mail-corpus", "corpus", "eml", "awkward", "e2e", "matching", "staffmail")) {
            Path root = Path.of("src/test/resources", dir);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                    messages.add(Files.readAllBytes(file));
                }
            }
        }
        return messages;
    }

    /** Writes a message that showed a bug where it can be taken as a fixture. */
    private static String keep(MailMutator.Mutant mutant, int i) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "reportbot-fuzz"));
            Path file = dir.resolve("seed-" + SEED + "-" + i + ".eml");
            Files.write(file, mutant.raw());
            return file.toString();
        } catch (IOException e) {
            return "(not kept: " + e.getMessage() + ")";
        }
    }
}
