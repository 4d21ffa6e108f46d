package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reportbot.FaultyProxy;
import vn.reportbot.embedded.PromptGreenMail;

/**
 * The IDLE watcher against the embedded mail server (GreenMail), through a proxy that acts in the moment a client
 * starts an IDLE: each poll notes how many messages the mailbox held, as the real poll would read them.
 */
class MailboxWatcherTests {

    private static final String MAILBOX = "vanphong@test";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private PromptGreenMail mail;
    private FaultyProxy proxy;
    private MailboxWatcher watcher;
    private final List<Integer> polls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startMailServer() throws Exception {
        mail = new PromptGreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX, "pw");
        proxy = FaultyProxy.inFrontOf("127.0.0.1", mail.imapServer().getPort());
    }

    @AfterEach
    void stopAll() {
        if (watcher != null) {
            watcher.stop(Duration.ofSeconds(5));
        }
        if (proxy != null) {
            proxy.close();
        }
        mail.stop();
    }

    @Test
    void aMessageArrivingJustAsTheIdleStartsIsReadAtOnce() throws Exception {
        AtomicInteger idles = new AtomicInteger();
        proxy.whenClientSends(" IDLE\r\n", () -> {
            if (idles.incrementAndGet() == 1) { // the first IDLE, after the first poll found the mailbox empty
                deliver("<ngay-luc-idle@test>");
            }
        });
        watcher = watch(Duration.ofMinutes(29)); // no NOOP comes to the rescue

        awaitPollSeeing(1);

        assertThat(polls).as("the first poll, then one on the message announced ahead of the IDLE's go-ahead")
                .startsWith(0, 1);
    }

    @Test
    void aMessageDeliveredDuringTheIdleIsReadAtOnce() throws Exception {
        AtomicInteger idles = new AtomicInteger();
        proxy.whenClientSends(" IDLE\r\n", idles::incrementAndGet);
        watcher = watch(Duration.ofMinutes(29));
        await("the watcher idles", () -> idles.get() == 1);

        deliver("<trong-luc-idle@test>");

        awaitPollSeeing(1);
    }

    @Test
    void anIdleThatLastedItsRecheckTimeIsInterruptedByANoop() throws Exception {
        AtomicInteger idles = new AtomicInteger();
        AtomicInteger noops = new AtomicInteger();
        proxy.whenClientSends(" IDLE\r\n", idles::incrementAndGet);
        watcher = watch(Duration.ofSeconds(1));
        await("the watcher idles", () -> idles.get() == 1);
        proxy.whenClientSends(" NOOP\r\n", noops::incrementAndGet);

        long start = System.nanoTime();
        while (idles.get() < 2 && System.nanoTime() - start < PATIENCE.toNanos()) {
            watcher.keepAlive(); // as MailboxWatchers does every tick
            TimeUnit.MILLISECONDS.sleep(100);
        }

        assertThat(noops.get()).as("NOOPs that interrupted the IDLE").isPositive();
        assertThat(idles.get()).as("the watcher idles again after the NOOP").isGreaterThanOrEqualTo(2);
        assertThat(polls).as("no poll without news").containsExactly(0);
    }

    @Test
    void theKeepAliveTicksAQuarterOfTheRecheckTimeBetweenOneAndFifteenSeconds() {
        assertThat(MailboxWatcher.keepAliveTick(settings(Duration.ofMinutes(1)))).isEqualTo(Duration.ofSeconds(15));
        assertThat(MailboxWatcher.keepAliveTick(settings(Duration.ofMinutes(20)))).isEqualTo(Duration.ofSeconds(15));
        assertThat(MailboxWatcher.keepAliveTick(settings(Duration.ofSeconds(20)))).isEqualTo(Duration.ofSeconds(5));
        assertThat(MailboxWatcher.keepAliveTick(settings(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(1));
    }

    private MailboxWatcher watch(Duration recheck) {
        MailboxEndpoint endpoint = MailboxEndpoint.parse("van-phong", "imap://vanphong%40test:pw@127.0.0.1:"
                + proxy.port() + "/INBOX");
        BooleanSupplier poll = () -> {
            polls.add(mail.getReceivedMessages().length);
            return true;
        };
        MailboxWatcher started = new MailboxWatcher(endpoint, poll, settings(recheck), Clock.systemUTC());
        started.start();
        return started;
    }

    private static MailboxSettings settings(Duration recheck) {
        return new MailboxSettings("", 3, true, Duration.ofMillis(200), Duration.ofSeconds(1), recheck);
    }

    private void deliver(String messageId) {
        GreenMailUtil.sendTextEmail(MAILBOX, "ubnd-xa@test", "Báo cáo " + messageId, "Kính gửi Văn phòng", mail.getSmtp()
                .getServerSetup());
        await("the server holds the message", () -> mail.getReceivedMessages().length >= 1);
    }

    private void awaitPollSeeing(int messages) {
        await(() -> "a poll that sees " + messages + " message(s); the polls saw " + polls,
                () -> polls.stream().anyMatch(n -> n >= messages));
    }

    private static void await(String what, BooleanSupplier condition) {
        await(() -> what, condition);
    }

    private static void await(Supplier<String> what, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > PATIENCE.toNanos()) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what.get());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
