package vn.reportbot.intake;

/** Where a message's sender address was taken from. */
public enum SenderSource {
    /** Its one {@code From:} field, as it should be. */
    FROM,
    /** {@code Sender:}, when From was missing, empty or doubled. */
    SENDER,
    /** {@code Reply-To:}, when From was missing, empty or doubled and there was no Sender. */
    REPLY_TO,
    /** {@code Return-Path:}, the envelope sender as the receiving server recorded it. */
    RETURN_PATH,
    /** The envelope: {@code X-Envelope-From:} or the {@code envelope-from} of the topmost {@code Received:} field. */
    ENVELOPE,
    /** Nowhere: the message names no sender address at all. */
    NONE
}
