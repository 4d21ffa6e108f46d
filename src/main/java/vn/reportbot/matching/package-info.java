/**
 * Matching: decides which unit sent a message and which dispatch it answers, or why a person
 * must look. The entry point is {@link vn.reportbot.matching.ReportMatcher}; it reads no table and
 * sends nothing, so the service and the offline {@code classify} command run the very same code.
 */
package vn.reportbot.matching;
