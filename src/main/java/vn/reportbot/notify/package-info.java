/**
 * Everything the bot mails: acknowledgements to units that reported, reminders to units that have
 * not, digests to staff, announcements of new dispatches to units, answers to staff who mailed a dispatch. Mails are rendered from the admins' templates, queued in the outbox in the
 * same transaction as the decision that causes them (so a restart neither loses nor repeats one),
 * and sent by {@link vn.reportbot.notify.OutboxSender}.
 */
package vn.reportbot.notify;
