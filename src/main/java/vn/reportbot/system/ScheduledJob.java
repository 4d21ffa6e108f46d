package vn.reportbot.system;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz side of a {@link BotJob}: Quartz fires it, the {@link JobRunner} runs it, for the office its trigger
 * names (if any) and the slot of the fire ({@link ScheduleSlot}). The runner keeps two runs of one job apart; the job
 * is not marked {@code @DisallowConcurrentExecution}, since in a clustered store that would leave the trigger of a job
 * that a killed instance was running blocked until the cluster notices the instance is gone.
 */
class ScheduledJob implements Job {

    static final String JOB_NAME = "botJob";
    static final String OFFICE = "office";

    private final JobRunner runner;

    ScheduledJob(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getMergedJobDataMap().getString(JOB_NAME);
        Optional<String> office = Optional.ofNullable(context.getTrigger().getJobDataMap().getString(OFFICE));
        Instant fired = (context.getScheduledFireTime() == null ? context.getFireTime() : context.getScheduledFireTime())
                .toInstant();
        try {
            if (context.getTrigger() instanceof CronTrigger cron) {
                ZoneId zone = cron.getTimeZone().toZoneId();
                runner.runScheduled(name, office, ScheduleSlot.of(cron.getCronExpression(), zone, fired));
            } else {
                runner.run(name, office);
            }
        } catch (RuntimeException e) {
            throw new JobExecutionException("job " + name + " failed: " + e.getMessage(), e, false);
        }
    }
}
