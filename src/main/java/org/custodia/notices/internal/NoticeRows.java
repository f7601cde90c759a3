package org.custodia.notices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.notices.Notice;
import org.custodia.notices.NoticeContent;
import org.custodia.notices.NoticeSection;
import org.custodia.notices.NoticeVersion;
import org.custodia.notices.SectionText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drafts and versions of both notices. The organisation's rows sit behind row-level security, so
 * each read and write is the current organisation's; the processor's belong to no organisation.
 */
@Repository
public class NoticeRows {

    private static final String VERSION_COLUMNS = "select number, published_at, content::text as content from ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NoticeRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The ready-made notice the organisation adopted, if it has adopted one. */
    public Optional<String> template() {
        return jdbc.sql("select template from privacy_notice_drafts")
                .query(String.class)
                .optional();
    }

    public void adopt(String template, UUID by, Instant at) {
        jdbc.sql("insert into privacy_notice_drafts (organisation_id, template, adopted_by, adopted_at)"
                        + " values (current_organisation(), :template, :by, :at)")
                .param("template", template)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<SectionText> sections(Notice notice) {
        return jdbc
                .sql("select section, english, welsh from " + sectionsTable(notice))
                .query((rs, row) -> new SectionText(
                        NoticeSection.valueOf(rs.getString("section")), rs.getString("english"), rs.getString("welsh")))
                .list()
                .stream()
                .sorted(Comparator.comparing(SectionText::section))
                .toList();
    }

    public Optional<Instant> updatedAt(Notice notice) {
        return jdbc.sql("select updated_at from " + sectionsTable(notice) + " order by updated_at desc limit 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    public void saveSection(Notice notice, SectionText text, UUID by, Instant at) {
        boolean organisation = notice == Notice.ORGANISATION;
        jdbc.sql("insert into " + sectionsTable(notice) + " (" + (organisation ? "organisation_id, " : "")
                        + "section, english, welsh, updated_by, updated_at) values ("
                        + (organisation ? "current_organisation(), " : "")
                        + ":section, :english, :welsh, :by, :at) on conflict "
                        + (organisation ? "(organisation_id, section)" : "(section)")
                        + " do update set english = excluded.english, welsh = excluded.welsh,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .param("section", text.section().name())
                .param("english", text.english())
                .param("welsh", text.welsh())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public boolean anyVersion(Notice notice) {
        return jdbc.sql("select exists (select 1 from " + versionsTable(notice) + ")")
                .query(Boolean.class)
                .single();
    }

    /** Versions, newest first. */
    public List<NoticeVersion> versions(Notice notice) {
        return jdbc.sql(VERSION_COLUMNS + versionsTable(notice) + " order by number desc")
                .query(this::version)
                .list();
    }

    public Optional<NoticeVersion> latest(Notice notice) {
        return jdbc.sql(VERSION_COLUMNS + versionsTable(notice) + " order by number desc limit 1")
                .query(this::version)
                .optional();
    }

    public Optional<NoticeVersion> version(Notice notice, int number) {
        return jdbc.sql(VERSION_COLUMNS + versionsTable(notice) + " where number = :number")
                .param("number", number)
                .query(this::version)
                .optional();
    }

    /**
     * Adds the next version. Publishers of the same notice take turns (a transaction-scoped lock), so
     * two publishing at once make two versions rather than one failing on the number.
     */
    public NoticeVersion insertVersion(Notice notice, NoticeContent content, UUID by, Instant at) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "privacy-notice:" + notice + ":" + content.organisationCode())
                .query()
                .singleValue();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from " + versionsTable(notice))
                .query(Integer.class)
                .single();
        boolean organisation = notice == Notice.ORGANISATION;
        jdbc.sql("insert into " + versionsTable(notice) + " (id, " + (organisation ? "organisation_id, " : "")
                        + "number, published_at, published_by, content) values (:id, "
                        + (organisation ? "current_organisation(), " : "")
                        + ":number, :at, :by, cast(:content as jsonb))")
                .param("id", UUID.randomUUID())
                .param("number", number)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("content", json.writeValueAsString(content))
                .update();
        return new NoticeVersion(number, at, content);
    }

    private NoticeVersion version(ResultSet rs, int row) throws SQLException {
        return new NoticeVersion(
                rs.getInt("number"),
                rs.getTimestamp("published_at").toInstant(),
                json.readValue(rs.getString("content"), NoticeContent.class));
    }

    private static String sectionsTable(Notice notice) {
        return notice == Notice.ORGANISATION ? "privacy_notice_draft_sections" : "processor_notice_draft_sections";
    }

    private static String versionsTable(Notice notice) {
        return notice == Notice.ORGANISATION ? "privacy_notice_versions" : "processor_notice_versions";
    }
}
