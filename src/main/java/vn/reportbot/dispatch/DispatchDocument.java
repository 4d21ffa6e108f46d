package vn.reportbot.dispatch;

/**
 * The file a dispatch was imported from, as it came: to attach to the mails that announce the dispatch.
 *
 * @param fileName    the name it came with ({@code CV 325 MTTQ-BTT.docx})
 * @param contentType the MIME type its extension stands for; {@code application/octet-stream} when unknown
 */
public record DispatchDocument(String fileName, String contentType, byte[] bytes) {
}
