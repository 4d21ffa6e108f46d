package vn.reportbot.system;

import java.util.Optional;

/**
 * One of the bot's jobs ({@code poll}, {@code reminders}, {@code digest}). The scheduler and the
 * admin API both run a job through {@link JobRunner}, which never runs the same job twice at once.
 */
public interface BotJob {

    /** The name used in {@code reportbot.schedule.<name>} and {@code POST /api/jobs/<name>/run}. */
    String name();

    /** Runs the job to completion, for one office or (when empty) for all. */
    JobResult run(Optional<String> officeId);
}
