package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Instances sharing one database (here H2, as the bot's embedded default; the two-JVM test runs them on PostgreSQL)
 * agree through their leases: of many instances that take one free lease at the same moment exactly one gets it; a
 * live holder's lease is refused to the others while it renews it, and taken by another once its holder stops
 * renewing it (dead) or gives it up (stopped).
 */
class LeasesTests {

    private final DataSource dataSource = migratedDatabase();
    private final List<Leases> instances = new ArrayList<>();

    @AfterEach
    void closeAll() {
        instances.forEach(Leases::close);
    }

    @Test
    void ofManyInstancesTakingOneFreeLeaseAtTheSameMomentExactlyOneGetsIt() throws Exception {
        List<Leases> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(instance(Duration.ofMinutes(1)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(many.size());
        try {
            for (int round = 0; round < 20; round++) {
                String name = "mailbox:office-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (Leases leases : many) {
                    tries.add(threads.submit(() -> {
                        go.await();
                        return leases.acquire(name);
                    }));
                }
                go.countDown();
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < many.size(); i++) {
                    if (tries.get(i).get()) {
                        winners.add(many.get(i).instanceId());
                    }
                }
                assertThat(winners).as("instances holding %s", name).hasSize(1);
                assertThat(many.get(0).holder(name)).contains(winners.get(0));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLeaseRenewedByItsLiveHolderIsRefusedToOthersPastItsTtl() {
        Leases holder = instance(Duration.ofMillis(400));
        holder.start();
        Leases other = instance(Duration.ofMinutes(1));
        assertThat(holder.acquire("job:digest")).isTrue();

        Instant until = Instant.now().plusMillis(1_200); // three times the TTL
        while (Instant.now().isBefore(until)) {
            assertThat(other.acquire("job:digest")).as("taken from a live holder").isFalse();
            assertThat(holder.holds("job:digest")).isTrue();
        }
        assertThat(other.liveInstances()).contains(holder.instanceId(), other.instanceId());
    }

    @Test
    void aDeadHoldersLeaseIsTakenByAnotherOnceItsTtlHasPassedAndNotBefore() {
        Leases dead = instance(Duration.ofMillis(300)); // never renews: as an instance killed at once
        Leases other = instance(Duration.ofMinutes(1));
        Instant taken = Instant.now();
        assertThat(dead.acquire("mailbox:bac-ai-mttq")).isTrue();
        assertThat(other.acquire("mailbox:bac-ai-mttq")).isFalse();

        Instant limit = Instant.now().plusSeconds(10);
        while (!other.acquire("mailbox:bac-ai-mttq")) {
            assertThat(Instant.now()).as("taken over within 10 s").isBefore(limit);
        }
        assertThat(Duration.between(taken, Instant.now())).as("not before the TTL").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(other.holder("mailbox:bac-ai-mttq")).contains(other.instanceId());
        assertThat(dead.holds("mailbox:bac-ai-mttq")).as("a lease not renewed is not held").isFalse();
        assertThat(other.liveInstances()).doesNotContain(dead.instanceId());
    }

    @Test
    void aLeaseGivenUpOrOfAnInstanceThatStoppedIsTakenByAnotherAtOnce() {
        Leases first = instance(Duration.ofMinutes(1));
        Leases second = instance(Duration.ofMinutes(1));
        assertThat(first.acquire("job:reminders")).isTrue();
        assertThat(first.acquire("mailbox:hai-hau-bdv")).isTrue();
        first.release("job:reminders");
        assertThat(second.acquire("job:reminders")).isTrue();
        assertThat(second.acquire("mailbox:hai-hau-bdv")).isFalse();

        first.close();
        assertThat(second.acquire("mailbox:hai-hau-bdv")).isTrue();
        assertThat(second.liveInstances()).containsExactly(second.instanceId());
    }

    @Test
    void anInstanceThatStopsLeavesNoLeaseBehindThoughAPollKeepsTakingItsMailboxesAndTheRenewerRuns() throws Exception {
        Leases stopping = instance(Duration.ofMillis(40)); // renewed every 10 ms
        stopping.start();
        assertThat(stopping.acquire("mailbox:hai-hau-bdv")).isTrue();
        CountDownLatch polling = new CountDownLatch(1);
        AtomicBoolean closeReturned = new AtomicBoolean();
        ExecutorService poll = Executors.newSingleThreadExecutor();
        Future<Integer> takenAfterClose = poll.submit(() -> { // a scheduled poll still running while the service stops
            int taken = 0;
            polling.countDown();
            for (int i = 0; i < 2_000; i++) {
                boolean wasClosed = closeReturned.get();
                if (stopping.acquire("mailbox:bac-ai-mttq") && wasClosed) {
                    taken++;
                }
            }
            return taken;
        });
        polling.await();
        Thread.sleep(30);
        stopping.close();
        closeReturned.set(true);
        assertThat(takenAfterClose.get()).as("leases taken once the instance was closed").isZero();
        poll.shutdown();
        Thread.sleep(60); // a renewal would have run by now

        assertThat(JdbcClient.create(dataSource).sql("SELECT name FROM lease WHERE holder = ?")
                .param(stopping.instanceId()).query(String.class).list())
                .as("leases of the stopped instance left in the table").isEmpty();
        assertThat(stopping.acquire("mailbox:hai-hau-bdv")).as("a stopped instance takes nothing").isFalse();
        Leases other = instance(Duration.ofMinutes(1));
        assertThat(other.acquire("mailbox:bac-ai-mttq")).as("taken at once by another instance").isTrue();
    }

    private Leases instance(Duration ttl) {
        Leases leases = new Leases(dataSource, ttl);
        instances.add(leases);
        return leases;
    }

    private static DataSource migratedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
