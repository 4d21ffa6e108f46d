package vn.reportbot.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs the bot's jobs by name, one run of a given job at a time. */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, BotJob> jobs = new LinkedHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    JobRunner(List<BotJob> jobs) {
        jobs.forEach(j -> this.jobs.put(j.name(), j));
    }

    public boolean knows(String name) {
        return jobs.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    /** Runs the named job now and waits for it; a run already under way is waited for first. */
    public JobResult run(String name, Optional<String> officeId) {
        BotJob job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("unknown job '" + name + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            JobResult result = job.run(officeId);
            log.info("Job {} done{}: {} message(s) read, {} mail(s) queued, {} sent", name,
                    officeId.map(o -> " for " + o).orElse(""), result.messagesRead(), result.mailsQueued(), result.mailsSent());
            return result;
        } finally {
            lock.unlock();
        }
    }
}
