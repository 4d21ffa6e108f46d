package vn.reportbot.audit;

import java.time.OffsetDateTime;

/**
 * One change a person made: who ({@code actor}, their login), when, to what ({@code subject} a kind such as
 * {@code dispatch}, {@code report}, {@code template}, {@code unit}, {@code outbox}, and its id), the {@code action}
 * ({@code correct}, {@code close}, {@code settle}, {@code save}, {@code rollback}…), and the thing before and after.
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String subject, String subjectId, String action,
                         String before, String after) {
}
