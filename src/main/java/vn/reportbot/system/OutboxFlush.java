package vn.reportbot.system;

/** Sends the mails waiting in the outbox; jobs call it so that their answer counts what was queued and sent. */
public interface OutboxFlush {

    /** How many mails are queued and not yet sent. */
    int waiting();

    /** Sends what is queued and returns how many mails went out. */
    int flush();
}
