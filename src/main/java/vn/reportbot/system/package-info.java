/**
 * Cross-cutting configuration: storage location and time zone, the clock, the Quartz schedule
 * of the bot's jobs (stored in the database, clustered, one digest trigger per office, kept in step with the settings
 * and the configuration file) and the start-up summary in the log.
 */
package vn.reportbot.system;
