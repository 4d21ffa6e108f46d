/**
 * Dispatches that an office's staff mail to its reporting mailbox: the dispatch is read from an attached document
 * (or one inside a forwarded message, or the mail's own text), imported for the staff member's office, and answered.
 *
 * <p>Owns {@link vn.reportbot.staffmail.StaffMailImporter}, which the recording of a message calls inside its
 * transaction, so that the import, the record of the mail and the answer commit together. Publishes
 * {@link vn.reportbot.staffmail.StaffDispatchAnswered}, which {@code notify} turns into the answer mail. Uses
 * {@code directory} (who is staff), {@code intake} (the documents of the mail), {@code dispatchtext} (parsing),
 * {@code dispatch} (importing) and {@code matching} (the decision it records or overrides).
 */
package vn.reportbot.staffmail;
