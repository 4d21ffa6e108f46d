package vn.reportbot.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps Quartz's stored triggers (in the database, shared by every instance) in step with the settings: one per
 * {@link BotJob} on its cron from {@code reportbot.schedule}, one per office for the digest. Not in the command
 * line's runs ({@code reportbot.cli}), which schedule nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SystemProperties.class, ScheduleProperties.class})
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Bean
    Clock clock(SystemProperties properties) {
        return Clock.system(properties.zone());
    }

    /**
     * Quartz does not start with the context but once the service is ready ({@link SchedulerStartsWhenReady}): a slot
     * missed while the service was down fires at once when the scheduler starts, and a poll then must find the
     * dispatch folder imported, or it would put its reports on the review list as answering no known dispatch.
     */
    @Bean
    org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer schedulerWaitsForReadiness() {
        return factory -> factory.setAutoStartup(false);
    }

    @Bean
    SchedulerStartsWhenReady schedulerStartsWhenReady(Scheduler scheduler,
            @org.springframework.beans.factory.annotation.Value("${spring.quartz.auto-startup:true}") boolean autoStartup) {
        return new SchedulerStartsWhenReady(scheduler, autoStartup);
    }

    /**
     * Starts the scheduler when the application is ready, after the dispatch folder was imported (that listener
     * comes first), unless {@code spring.quartz.auto-startup} is false (the command line's runs).
     */
    static final class SchedulerStartsWhenReady {
        private final Scheduler scheduler;
        private final boolean autoStartup;

        SchedulerStartsWhenReady(Scheduler scheduler, boolean autoStartup) {
            this.scheduler = scheduler;
            this.autoStartup = autoStartup;
        }

        @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
        @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
        void ready() throws SchedulerException {
            if (autoStartup && !scheduler.isStarted()) {
                scheduler.start();
            }
        }
    }

    @Bean
    @ConditionalOnProperty(name = "reportbot.cli", havingValue = "false", matchIfMissing = true)
    ScheduleRegistrar scheduleRegistrar(Scheduler scheduler, JobRunner runner, ScheduleProperties schedule, SystemProperties system,
                                        Leases leases) {
        return new ScheduleRegistrar(scheduler, runner, SchedulePlan.of(schedule, system, runner), leases);
    }

    @Bean
    @ConditionalOnProperty(name = "reportbot.cli", havingValue = "false", matchIfMissing = true)
    ScheduleFileWatcher scheduleFileWatcher(ConfigurableEnvironment environment, ScheduleRegistrar registrar, JobRunner runner) {
        return new ScheduleFileWatcher(environment, binder -> registrar.apply(SchedulePlan.of(binder, runner)));
    }

    /**
     * On start-up, before the scheduler starts: a stored trigger whose schedule is unchanged is kept as it is, so that
     * a slot missed while the service was down fires once (its misfire); one whose schedule changed is replaced; one
     * no longer configured is deleted. Again whenever the configuration file changes ({@link ScheduleFileWatcher}).
     * One instance at a time does so (the lease {@code schedule}): Quartz stores a trigger in several statements, and
     * an instance starting beside another would otherwise read a trigger half stored.
     */
    static final class ScheduleRegistrar implements SmartInitializingSingleton {

        private final Scheduler scheduler;
        private final JobRunner runner;
        private final SchedulePlan initial;
        private final Leases leases;

        ScheduleRegistrar(Scheduler scheduler, JobRunner runner, SchedulePlan initial, Leases leases) {
            this.scheduler = scheduler;
            this.runner = runner;
            this.initial = initial;
            this.leases = leases;
        }

        @Override
        public void afterSingletonsInstantiated() {
            try {
                apply(initial);
            } catch (SchedulerException e) {
                throw new IllegalStateException("the schedule cannot be stored: " + e.getMessage(), e);
            }
        }

        /** Makes the stored triggers those of {@code plan}; returns what changed, as logged. */
        synchronized List<String> apply(SchedulePlan plan) throws SchedulerException {
            leases.await(LEASE);
            try {
                return store(plan);
            } finally {
                leases.release(LEASE);
            }
        }

        private static final String LEASE = "schedule";

        private List<String> store(SchedulePlan plan) throws SchedulerException {
            plan.warnings().forEach(log::warn);
            List<String> changes = new ArrayList<>();
            Set<String> jobs = new HashSet<>();
            for (SchedulePlan.Planned planned : plan.triggers().values()) {
                if (jobs.add(planned.job())) {
                    storeJob(planned.job());
                }
                Trigger wanted = trigger(planned, plan);
                Trigger stored = scheduler.getTrigger(planned.key());
                if (stored != null && same(stored, wanted)) {
                    log.info("{}: schedule '{}' ({}) kept as stored, next at {}", capitalized(planned.describe()),
                            planned.cron(), plan.zone(), at(stored.getNextFireTime(), plan));
                    continue;
                }
                if (stored == null) {
                    try {
                        scheduler.scheduleJob(wanted);
                    } catch (ObjectAlreadyExistsException anotherInstanceWasFirst) {
                        scheduler.rescheduleJob(planned.key(), wanted);
                    }
                } else {
                    scheduler.rescheduleJob(planned.key(), wanted);
                }
                String change = planned.describe() + (stored instanceof CronTrigger old
                        ? " rescheduled from '" + old.getCronExpression() + "' to '" + planned.cron() + "'"
                        : " scheduled on '" + planned.cron() + "'") + " (" + plan.zone() + ", " + planned.setting()
                        + "), next at " + at(scheduler.getTrigger(planned.key()).getNextFireTime(), plan);
                log.info("{}", capitalized(change));
                changes.add(change);
            }
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(SchedulePlan.GROUP))) {
                if (!plan.triggers().containsKey(key)) {
                    scheduler.unscheduleJob(key);
                    String change = "trigger " + key.getName() + " removed: no longer configured";
                    log.info("Schedule: {}", change);
                    changes.add(change);
                }
            }
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(SchedulePlan.GROUP))) {
                if (!runner.knows(key.getName())) {
                    scheduler.deleteJob(key);
                }
            }
            return changes;
        }

        private static Object at(java.util.Date next, SchedulePlan plan) {
            return next == null ? "never" : java.time.ZonedDateTime.ofInstant(next.toInstant(), plan.zone()).toOffsetDateTime();
        }

        private static String capitalized(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        /** Stores the job, replacing one stored by an earlier version; its triggers stay as they are. */
        private void storeJob(String job) throws SchedulerException {
            scheduler.addJob(JobBuilder.newJob(ScheduledJob.class).withIdentity(JobKey.jobKey(job, SchedulePlan.GROUP))
                    .usingJobData(ScheduledJob.JOB_NAME, job).storeDurably().build(), true);
        }

        private static Trigger trigger(SchedulePlan.Planned planned, SchedulePlan plan) {
            TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(planned.key())
                    .forJob(JobKey.jobKey(planned.job(), SchedulePlan.GROUP));
            planned.office().ifPresent(office -> builder.usingJobData(ScheduledJob.OFFICE, office));
            return builder.withSchedule(CronScheduleBuilder.cronSchedule(planned.cron())
                    .inTimeZone(TimeZone.getTimeZone(plan.zone()))
                    .withMisfireHandlingInstructionFireAndProceed()) // a missed slot fires once, when it can
                    .build();
        }

        private static boolean same(Trigger stored, Trigger wanted) {
            return stored instanceof CronTrigger old && wanted instanceof CronTrigger cron
                    && old.getCronExpression().equals(cron.getCronExpression())
                    && old.getTimeZone().getID().equals(cron.getTimeZone().getID())
                    && old.getMisfireInstruction() == cron.getMisfireInstruction()
                    && old.getJobKey().equals(cron.getJobKey())
                    && Objects.equals(old.getJobDataMap().getString(ScheduledJob.OFFICE),
                    cron.getJobDataMap().getString(ScheduledJob.OFFICE));
        }
    }
}
