package vn.reportbot.matching;

/** A mail the bot sent (announcement, reminder, acknowledgement), as a reply to it identifies it. */
public record SentMail(String kind, String officeId, Long dispatchId, String unitId) {
}
