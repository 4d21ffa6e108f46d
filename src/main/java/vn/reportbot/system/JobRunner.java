package vn.reportbot.system;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs the bot's jobs by name, one run of a given job at a time across every instance sharing the database (one run
 * per office at a time for a job whose offices run apart, {@link BotJob#officesRunApart}). A run holds the lease
 * {@code job:<name>} (or {@code job:<name>:<office>}) in {@link Leases} while it lasts, and a thread lock within this
 * instance; a run asked for while another instance's is under way waits for it to end (or for its lease to expire
 * when that instance died), then runs, as a second run in the same instance always did.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, BotJob> jobs = new LinkedHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Leases leases;
    private final MeterRegistry meters;

    JobRunner(List<BotJob> jobs, Leases leases, ObjectProvider<MeterRegistry> meters) {
        jobs.forEach(j -> this.jobs.put(j.name(), j));
        this.leases = leases;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    public boolean knows(String name) {
        return jobs.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    /** Runs the named job now and waits for it; a run already under way is waited for first. */
    public JobResult run(String name, Optional<String> officeId) {
        return run(name, officeId, job -> job.run(officeId));
    }

    /** Runs the named job as its schedule does for {@code slot} ({@link BotJob#runScheduled}). */
    JobResult runScheduled(String name, Optional<String> officeId, ZonedDateTime slot) {
        return run(name, officeId, job -> job.runScheduled(officeId, slot));
    }

    /** The offices the named job is scheduled for one by one ({@link BotJob#officesScheduledApart}). */
    List<String> officesScheduledApart(String name) {
        BotJob job = jobs.get(name);
        return job == null ? List.of() : job.officesScheduledApart();
    }

    private JobResult run(String name, Optional<String> officeId, Function<BotJob, JobResult> how) {
        BotJob job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("unknown job '" + name + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        String lease = "job:" + name + (job.officesRunApart() ? officeId.map(o -> ":" + o).orElse("") : "");
        ReentrantLock lock = locks.computeIfAbsent(lease, n -> new ReentrantLock());
        lock.lock();
        try {
            leases.await(lease);
            // reportbot_job_duration_seconds{job}: each run, from when it got its turn to its end, failed or not
            Timer.Sample sample = Timer.start(meters);
            try {
                JobResult result = how.apply(job);
                log.info("Job {} done{}: {} message(s) read, {} mail(s) queued, {} sent", name,
                        officeId.map(o -> " for " + o).orElse(""), result.messagesRead(), result.mailsQueued(), result.mailsSent());
                return result;
            } finally {
                sample.stop(Timer.builder("reportbot.job.duration").description("how long each run of a job took")
                        .tag("job", name).register(meters));
                leases.release(lease);
            }
        } finally {
            lock.unlock();
        }
    }
}
