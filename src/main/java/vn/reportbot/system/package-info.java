/**
 * Cross-cutting configuration: storage location and time zone, the clock, the Quartz schedule
 * of the bot's jobs and the start-up summary in the log.
 */
package vn.reportbot.system;
