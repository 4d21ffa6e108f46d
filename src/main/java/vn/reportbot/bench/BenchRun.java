package vn.reportbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;

import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.system.JobResult;

/**
 * One bench run, in a temporary folder it deletes afterwards: generates the office, its dispatch and the reports;
 * reads the message with a large attachment with {@link MessageReader}; fills the loopback mailbox with the bare send
 * loop, fetches it back with the bare IMAP client, then starts the service on it and times its poll job; last, the
 * large message is fetched bare and processed by the poll job.
 */
final class BenchRun {

    private final BenchOptions options;
    private final Class<?> application;
    private final PrintStream progress;

    BenchRun(BenchOptions options, Class<?> application, PrintStream progress) {
        this.options = options;
        this.application = application;
        this.progress = progress;
    }

    BenchResults run() throws IOException, MessagingException {
        Path folder = Files.createTempDirectory("reportbot-bench");
        try {
            return runIn(folder);
        } finally {
            TemporaryFolder.delete(folder);
        }
    }

    private BenchResults runIn(Path folder) throws IOException, MessagingException {
        GeneratedDistrict district = new GeneratedDistrict(options.units(), LocalDate.now());
        Path directory = Files.writeString(folder.resolve("directory.yml"), district.directoryYaml());
        progress.printf("bench: generating %d report messages from %d units%n", options.messages(), options.units());
        List<byte[]> messages = new ReportMails(district).generate(options.messages());
        Optional<Path> large = Optional.empty();
        long largeReadPeak = 0;
        if (options.attachmentMb() > 0) {
            large = Optional.of(LargeReport.writeTo(folder.resolve("large-report.eml"), district.communes().get(0).email(),
                    GeneratedDistrict.MAILBOX, options.attachmentMb()));
            progress.printf("bench: reading the message with a %d MB attachment with MessageReader%n", options.attachmentMb());
            largeReadPeak = readPeak(large.get());
        }

        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX)) {
            progress.println("bench: bare SMTP send loop (fills the mailbox)");
            Measurement send = SendLoop.send(mail, messages);
            progress.println("bench: bare IMAP fetch");
            Measurement fetch = RawFetch.fetchAll(mail);
            if (fetch.messages() != options.messages()) {
                throw new IllegalStateException("the mailbox holds " + fetch.messages() + " messages, not "
                        + options.messages());
            }
            progress.println("bench: starting the service");
            try (BenchDatabase database = BenchDatabase.of(options.database(), options.postgresUrl(),
                    options.postgresUser(), folder);
                 ServiceUnderBench service = ServiceUnderBench.start(application, folder, directory, mail, database)) {
                service.importDispatch(district.dispatchText());
                progress.println("bench: the service's poll job");
                long start = System.nanoTime();
                JobResult poll = service.poll();
                long end = System.nanoTime();
                long recorded = Math.max(start, service.lastRecordedAt());
                Measurement ingest = new Measurement("bot poll job", poll.messagesRead(), fetch.bytes(), end - start);
                Measurement recording = new Measurement("recording", poll.messagesRead(), fetch.bytes(), recorded - start);
                Measurement acknowledging = new Measurement("acknowledging", poll.mailsSent(), 0, end - recorded);
                Optional<LargeMessageHeap> largeHeap = Optional.empty();
                if (large.isPresent()) {
                    progress.println("bench: the message with a large attachment, fetched bare and by the service's poll job");
                    largeHeap = Optional.of(fetchPeaks(large.get(), largeReadPeak, mail, service));
                }
                return new BenchResults(options, database.description(), send, fetch, ingest, recording, acknowledging, poll,
                        largeHeap);
            }
        }
    }

    private static long readPeak(Path large) throws IOException, MessagingException {
        HeapPeak.Peak<ReceivedMessage> read = HeapPeak.of(() -> {
            try (InputStream in = Files.newInputStream(large)) {
                return new MessageReader().read(in);
            } catch (MalformedMessageException e) {
                throw new IllegalStateException("MessageReader refused the large message: " + e.getMessage(), e);
            }
        });
        if (!LargeReport.MESSAGE_ID.equals(read.result().messageId())) {
            throw new IllegalStateException("MessageReader read the large message as " + read.result().messageId());
        }
        return read.bytes();
    }

    /** Delivers the large message after the others, then fetches it bare and lets the service's poll job take it. */
    private LargeMessageHeap fetchPeaks(Path large, long readPeak, LoopbackMailServer mail, ServiceUnderBench service)
            throws IOException, MessagingException {
        deliver(mail, large);
        HeapPeak.Peak<Measurement> bare = HeapPeak.of(() -> RawFetch.fetchFrom(mail, options.messages() + 1));
        HeapPeak.Peak<JobResult> poll = HeapPeak.of(service::poll);
        return new LargeMessageHeap(options.attachmentMb(), Files.size(large), readPeak, bare.bytes(), poll.bytes(),
                poll.result());
    }

    private static void deliver(LoopbackMailServer mail, Path file) throws MessagingException, IOException {
        Session session = LoopbackMailServer.clientSession();
        try (SharedFileInputStream in = new SharedFileInputStream(file.toFile());
             Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", mail.smtpPort(), null, null);
            transport.sendMessage(new MimeMessage(session, in), new Address[] {new InternetAddress(mail.mailbox())});
        }
    }
}
