package vn.reportbot.templates;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code template_version} table: every version of a template saved through the page, newest last. */
@Repository
public class TemplateVersions {

    private static final RowMapper<TemplateVersion> VERSION = (rs, n) -> new TemplateVersion(rs.getLong("id"),
            rs.getString("name"), rs.getString("office").isEmpty() ? null : rs.getString("office"),
            rs.getString("content"), rs.getString("saved_by"),
            rs.getTimestamp("saved_at").toInstant().atOffset(ZoneOffset.UTC));

    private final JdbcClient jdbc;

    TemplateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String officeId, String name, String content, String savedBy, Instant at) {
        jdbc.sql("INSERT INTO template_version (name, office, content, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, key(officeId), content, savedBy, Timestamp.from(at)).update();
    }

    /** The versions of one file, newest first. */
    public List<TemplateVersion> history(String officeId, String name) {
        return jdbc.sql("SELECT * FROM template_version WHERE office = ? AND name = ? ORDER BY id DESC")
                .params(key(officeId), name).query(VERSION).list();
    }

    public Optional<TemplateVersion> byId(long id) {
        return jdbc.sql("SELECT * FROM template_version WHERE id = ?").param(id).query(VERSION).optional();
    }

    /** The newest version of every file saved at least once, by {@link #label}. */
    public Map<String, TemplateVersion> latest() {
        Map<String, TemplateVersion> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM template_version t WHERE id = (SELECT MAX(id) FROM template_version l"
                        + " WHERE l.office = t.office AND l.name = t.name)").query(VERSION).list()
                .forEach(v -> latest.put(label(v.office(), v.name()), v));
        return latest;
    }

    /** How a file is named in the audit log and in {@link #latest}: {@code <office-id>/<file>}, or {@code default/<file>}. */
    public static String label(String officeId, String name) {
        return (officeId == null ? "default" : officeId) + "/" + name;
    }

    private static String key(String officeId) {
        return officeId == null ? "" : officeId;
    }
}
