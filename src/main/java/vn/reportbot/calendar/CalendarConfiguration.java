package vn.reportbot.calendar;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reportbot.system.SystemProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    /** Reads the holidays file and the reminder settings at start-up; either wrong stops start-up, saying where. */
    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, SystemProperties system) {
        HolidaysFile.Holidays holidays = HolidaysFile.load(properties.holidays());
        ReminderRules defaults = WorkingCalendar.rules(properties.reminders(), null, "reportbot.reminders",
                WorkingCalendar.BUILT_IN);
        Map<String, ReminderRules> byOffice = new HashMap<>();
        properties.offices().forEach((office, settings) -> {
            if (settings != null && settings.reminders() != null) {
                byOffice.put(office, WorkingCalendar.rules(settings.reminders(), properties.reminders(),
                        "reportbot.offices." + office + ".reminders", WorkingCalendar.BUILT_IN));
            }
        });
        log.info("Holidays {}: {} day(s) off, {} compensatory working day(s); reminders {} (repeat every {} day(s)),"
                        + " working days {}, quiet hours {}; {} office(s) with their own", properties.holidays(),
                holidays.daysOff().size(), holidays.workingDays().size(), defaults.steps(), defaults.repeatEveryDays(),
                defaults.workingDays(), defaults.quietHours(), byOffice.size());
        return new WorkingCalendar(holidays.daysOff(), holidays.workingDays(), defaults, byOffice, system.zone());
    }
}
