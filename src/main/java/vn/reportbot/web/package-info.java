/**
 * The admin REST API (HTTP Basic with the admin login): dispatches and their state, processed
 * messages, and running a job now. Health is open at {@code /actuator/health}.
 */
package vn.reportbot.web;
