package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

class HealthTimeLimitTests {

    private static final Duration LIMIT = Duration.ofMillis(300);

    private final HealthTimeLimit limit = new HealthTimeLimit(LIMIT);
    /** Holds the hanging indicators until the test ends. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheHangingIndicators() {
        release.countDown();
        limit.destroy();
    }

    @Test
    void anIndicatorThatDoesNotAnswerInTimeIsDownWithTheReason() {
        HealthIndicator hanging = wrap("dbHealthIndicator", () -> {
            awaitRelease();
            return Health.up().build();
        });
        Health health = hanging.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error")).isEqualTo("no answer within 300 ms (dbHealthIndicator)");
        assertThat(hanging.health(false).getDetails()).as("no details without a login").isEmpty();
    }

    @Test
    void anIndicatorThatAnswersInTimeGivesItsOwnAnswerAndDetails() {
        HealthIndicator quick = wrap("outboxHealthIndicator", () -> Health.up().withDetail("waiting", 2).build());
        assertThat(quick.health(true)).isEqualTo(Health.up().withDetail("waiting", 2).build());
        assertThat(quick.health(false)).isEqualTo(Health.up().build());
    }

    @Test
    void theIndicatorsOfOneRequestRunSideBySideSoTheRequestTakesOneLimitNotOnePerIndicator() {
        java.util.List<HealthIndicator> hanging = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            hanging.add(wrap("indicator" + i, () -> {
                awaitRelease();
                return Health.up().build();
            }));
        }
        Instant asked = Instant.now();
        for (HealthIndicator indicator : hanging) {
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        }
        // one after the other, they would take five limits
        assertThat(Duration.between(asked, Instant.now())).isLessThan(LIMIT.multipliedBy(3));
    }

    @Test
    void aCheckStillUnderWayIsWaitedForAgainAndNeverStartedTwice() throws Exception {
        AtomicInteger started = new AtomicInteger();
        HealthIndicator hanging = wrap("dbHealthIndicator", () -> {
            started.incrementAndGet();
            awaitRelease();
            return Health.up().build();
        });
        for (int i = 0; i < 3; i++) {
            assertThat(hanging.health(true).getStatus()).isEqualTo(Status.DOWN);
        }
        assertThat(started).hasValue(1);
    }

    private HealthIndicator wrap(String name, HealthIndicator indicator) {
        return (HealthIndicator) limit.postProcessAfterInitialization(indicator, name);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
