/**
 * Reading raw email messages into {@link vn.reportbot.intake.ReceivedMessage}: MIME parsing with
 * Apache James Mime4j (the only place in the project that touches it), charset and RFC 2047/2231
 * decoding, HTML-to-text, quote splitting and telling reports from auto-replies, bounces and the rest.
 */
package vn.reportbot.intake;
