/**
 * The REST API (HTTP Basic) and the staff's pages (form login): dispatches and their state, processed messages,
 * running a job now, the dashboard and a dispatch's page. Who logs in comes from {@code reportbot.admin} and
 * {@code reportbot.users}; a STAFF login sees its own offices only ({@code Viewer},
 * {@code OfficeScope}). Health is open at {@code /actuator/health}, its details for a login.
 */
package vn.reportbot.web;
