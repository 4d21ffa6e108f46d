/**
 * Reporting obligations: one task per unit, dispatch and period, open until a report arrives.
 * Other modules use {@link vn.reportbot.task.TaskLedger}; the table is this module's own.
 */
package vn.reportbot.task;
