package vn.reportbot.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A received email, decoded: every string is NFC, addresses are lower-case.
 *
 * @param messageId       the Message-ID with its angle brackets, or {@code null}
 * @param inReplyTo       the first message id of In-Reply-To, or {@code null}
 * @param references      the message ids of References, in order
 * @param fromAddress     the sender's address, lower-case, or {@code null}
 * @param fromName        the sender's display name, or {@code null}
 * @param recipients      distinct lower-case addresses from To, Cc, Delivered-To and X-Original-To
 * @param subject         the decoded subject, or the empty string
 * @param date            the Date header, as the sender's clock wrote it, or {@code null} when absent or unreadable
 * @param text            the readable body (text/plain preferred, else HTML converted to text)
 * @param ownText         the part of {@code text} above any quoted or forwarded text
 * @param attachments     every part with a file name or an attachment disposition
 * @param kind            report, auto-reply, bounce or other
 * @param kindReason      why it is not a report, or {@code null} for {@link MessageKind#REPORT}
 * @param failedRecipient for bounces, the address that could not be delivered to, when found
 * @param authentication  what the receiving server's {@code Authentication-Results} say of the sender
 * @param receivedAt      when the last server on its way received it: the date of the topmost {@code Received} field,
 *                        or {@code null} when there is none that can be read
 * @param senderSource    where {@code fromAddress} was taken from: {@code From:}, or when that was missing, empty or
 *                        doubled, {@code Sender:}, {@code Reply-To:}, {@code Return-Path:} or the envelope
 * @param senderNote      for staff, in Vietnamese, why the sender was not simply taken from {@code From:} and where it
 *                        was found; {@code null} when it was
 */
public record ReceivedMessage(
        String messageId,
        String inReplyTo,
        List<String> references,
        String fromAddress,
        String fromName,
        List<String> recipients,
        String subject,
        OffsetDateTime date,
        String text,
        String ownText,
        List<Attachment> attachments,
        MessageKind kind,
        String kindReason,
        String failedRecipient,
        SenderAuthentication authentication,
        OffsetDateTime receivedAt,
        SenderSource senderSource,
        String senderNote) {

    public ReceivedMessage {
        senderSource = senderSource == null ? SenderSource.FROM : senderSource;
        authentication = authentication == null ? SenderAuthentication.NONE : authentication;
        references = references == null ? List.of() : List.copyOf(references);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
