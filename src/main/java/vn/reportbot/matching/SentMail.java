package vn.reportbot.matching;

/** A mail the bot sent (announcement, reminder, acknowledgement), as a reply to it identifies it. */
public record SentMail(String kind, String officeId, Long dispatchId, String unitId) {

    /** The kind of a mail the bot sends as staff call it ("thư nhắc"), for the reasons they read. */
    static String kindInVietnamese(String kind) {
        if (kind == null) {
            return "thư";
        }
        return switch (kind) {
            case "acknowledgement" -> "thư xác nhận";
            case "reminder" -> "thư nhắc";
            case "announcement" -> "thư thông báo công văn";
            case "digest" -> "thư tổng hợp";
            case "staff-reply" -> "thư trả lời cán bộ";
            default -> "thư (" + kind + ")";
        };
    }
}
