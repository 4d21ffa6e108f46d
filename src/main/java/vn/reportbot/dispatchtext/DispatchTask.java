package vn.reportbot.dispatchtext;

/**
 * One numbered task of a dispatch.
 *
 * @param ordinal the task's number as written ({@code 3.}, {@code 3)} or {@code III.} all give 3)
 * @param text    the task's text without its leading number, sub-items ({@code a)}, {@code -}, {@code +})
 *                and paragraphs split by page breaks joined in, white space collapsed
 */
public record DispatchTask(int ordinal, String text) {
}
