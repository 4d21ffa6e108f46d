package vn.reportbot.system;

import java.time.Clock;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Registers every {@link BotJob} with Quartz on its cron from {@code reportbot.schedule}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SystemProperties.class, ScheduleProperties.class})
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Bean
    Clock clock(SystemProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "reportbot.cli", havingValue = "false",
            matchIfMissing = true)
    ScheduleRegistrar scheduleRegistrar(Scheduler scheduler, JobRunner runner, ScheduleProperties schedule, SystemProperties system) {
        return new ScheduleRegistrar(scheduler, runner, schedule, system);
    }

    static final class ScheduleRegistrar {

        private final Scheduler scheduler;
        private final ScheduleProperties schedule;
        private final SystemProperties system;

        ScheduleRegistrar(Scheduler scheduler, JobRunner runner, ScheduleProperties schedule, SystemProperties system) {
            this.scheduler = scheduler;
            this.schedule = schedule;
            this.system = system;
            for (String name : schedule.crons().keySet()) {
                if (!runner.knows(name)) {
                    throw new SettingsException("reportbot.schedule." + name + ": there is no job called '" + name
                            + "'; jobs: " + String.join(", ", runner.names()));
                }
                String cron = schedule.crons().get(name);
                if (!cron.isBlank() && !CronExpression.isValidExpression(cron)) {
                    throw new SettingsException("reportbot.schedule." + name + ": '" + cron
                            + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
                }
            }
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleJobs() throws SchedulerException {
            for (var entry : schedule.crons().entrySet()) {
                if (entry.getValue().isBlank()) {
                    continue;
                }
                JobDetail detail = JobBuilder.newJob(ScheduledJob.class).withIdentity(entry.getKey(), "reportbot")
                        .usingJobData(ScheduledJob.JOB_NAME, entry.getKey()).storeDurably().build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity(entry.getKey(), "reportbot")
                        .withSchedule(CronScheduleBuilder.cronSchedule(entry.getValue())
                                .inTimeZone(TimeZone.getTimeZone(system.zone()))
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
                scheduler.scheduleJob(detail, java.util.Set.of(trigger), true);
                log.info("Job {} scheduled on '{}' ({}), next at {}", entry.getKey(), entry.getValue(), system.zone(),
                        trigger.getNextFireTime());
            }
        }
    }
}
