package vn.reportbot.system;

/** Sends the mails waiting in the outbox; jobs call it so that their answer counts what was sent. */
public interface OutboxFlush {

    /** Sends what is queued and returns how many mails went out. */
    int flush();
}
