package vn.reportbot.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} answers within about {@link #LIMIT}, also while the database does not: an indicator that
 * reads it (the database's own, the outbox's) would otherwise wait for a pooled connection as long as the pool lets
 * a caller wait (30 s), and a monitor would see no answer rather than DOWN. Every health indicator is wrapped: the
 * indicators of one request are started together, each on a thread of its own, and one that has not answered by
 * the limit is DOWN with that reason. A check still under way is waited for again by the next request, never
 * started twice, so that a database that does not answer ties up one thread per indicator, not one per request.
 */
@Component
class HealthTimeLimit implements BeanPostProcessor, DisposableBean {

    static final Duration LIMIT = Duration.ofSeconds(5);

    private final Duration limit;
    /** The indicators' answers of one request serve the requests of the next second too. */
    private static final Duration SHARED_FOR = Duration.ofSeconds(1);

    private final List<Limited> indicators = new CopyOnWriteArrayList<>();

    HealthTimeLimit() {
        this(LIMIT);
    }

    HealthTimeLimit(Duration limit) {
        this.limit = limit;
    }
    private final ExecutorService threads = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable run) {
            Thread thread = new Thread(run, "health-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HealthIndicator indicator && !(bean instanceof Limited)) {
            Limited limited = new Limited(name, indicator);
            indicators.add(limited);
            return limited;
        }
        return bean;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    private record Check(Instant started, Future<Health> answer) {
        boolean over(Instant now) {
            return answer.isDone() && started.plus(SHARED_FOR).isBefore(now);
        }
    }

    private final class Limited implements HealthIndicator {

        private final String name;
        private final HealthIndicator indicator;
        private Check check;

        Limited(String name, HealthIndicator indicator) {
            this.name = name;
            this.indicator = indicator;
        }

        @Override
        public Health health() {
            return health(true);
        }

        @Override
        public Health health(boolean includeDetails) {
            Instant now = Instant.now();
            if (current() == null || current().over(now)) {
                indicators.forEach(each -> each.start(now)); // this request's others too, so that they run side by side
            }
            Check check = current();
            Health health;
            try {
                long left = limit.minus(Duration.between(check.started(), Instant.now())).toMillis();
                health = check.answer().get(Math.max(left, 0), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                health = Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms (" + name + ")")
                        .build();
            } catch (ExecutionException e) {
                health = Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                health = Health.unknown().build();
            }
            return includeDetails ? health : Health.status(health.getStatus()).build();
        }

        private synchronized Check current() {
            return check;
        }

        private synchronized void start(Instant now) {
            if (check == null || check.over(now)) {
                check = new Check(now, threads.submit(() -> indicator.health(true)));
            }
        }
    }
}
