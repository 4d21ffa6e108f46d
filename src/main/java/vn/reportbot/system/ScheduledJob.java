package vn.reportbot.system;

import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** The Quartz side of a {@link BotJob}: Quartz fires it, the {@link JobRunner} runs it. */
@DisallowConcurrentExecution
class ScheduledJob implements Job {

    static final String JOB_NAME = "botJob";

    private final JobRunner runner;

    ScheduledJob(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getMergedJobDataMap().getString(JOB_NAME);
        try {
            runner.run(name, Optional.empty());
        } catch (RuntimeException e) {
            throw new JobExecutionException("job " + name + " failed: " + e.getMessage(), e, false);
        }
    }
}
