/**
 * Working time: the public holidays and compensatory working days of {@code config/holidays.yml}, each office's
 * working days and quiet hours, and the reminder steps it applies ({@code reportbot.reminders.*},
 * {@code reportbot.offices.<id>.reminders.*}). Its public face is {@link vn.reportbot.calendar.WorkingCalendar}, the
 * rules it hands out ({@link vn.reportbot.calendar.ReminderRules}) and the lunar calendar the holidays file is
 * checked against ({@link vn.reportbot.calendar.LunarCalendar}).
 */
package vn.reportbot.calendar;
