package vn.reportbot.templates;

import java.time.OffsetDateTime;

/**
 * One saved version of a template file.
 *
 * @param office the office whose own version it is, or null for the shipped file
 */
public record TemplateVersion(long id, String name, String office, String content, String savedBy,
                              OffsetDateTime savedAt) {
}
