package vn.reportbot.system;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One of the bot's jobs ({@code poll}, {@code reminders}, {@code digest}). The scheduler and the
 * admin API both run a job through {@link JobRunner}, which never runs the same job twice at once, in any of the
 * instances sharing the database.
 */
public interface BotJob {

    /** The name used in {@code reportbot.schedule.<name>} and {@code POST /api/jobs/<name>/run}. */
    String name();

    /** Runs the job to completion, for one office or (when empty) for all. */
    JobResult run(Optional<String> officeId);

    /**
     * Runs the job as its schedule does for the time {@code slot} (the time its cron names, also when the trigger
     * fires late or twice for it): a job that must act once per slot keys what it does by it. By default, as
     * {@link #run}.
     */
    default JobResult runScheduled(Optional<String> officeId, ZonedDateTime slot) {
        return run(officeId);
    }

    /**
     * The offices this job is scheduled for one by one, each on a trigger of its own with the cron of
     * {@code reportbot.offices.<office>.<name>}; empty (the default): one trigger for all offices.
     */
    default List<String> officesScheduledApart() {
        return List.of();
    }

    /**
     * Whether runs of this job for different offices may go on at once (one run per office at a time, a run for all
     * offices apart from those): for a job whose work for one office touches nothing of another's. False (the
     * default): one run of the job at a time, whatever the office.
     */
    default boolean officesRunApart() {
        return false;
    }
}
