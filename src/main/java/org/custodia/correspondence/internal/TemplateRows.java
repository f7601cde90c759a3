package org.custodia.correspondence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.LetterTemplate;
import org.custodia.correspondence.TemplateText;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation's template versions. Row-level security confines every query to one organisation. */
@Repository
public class TemplateRows {

    private final JdbcClient jdbc;

    TemplateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes two edits of one kind of letter queue, so each gets the next version number. */
    public void lock(OrganisationId organisation, LetterKind kind) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "letter-template/" + organisation + "/" + kind.name())
                .query()
                .singleValue();
    }

    public Optional<LetterTemplate> latest(LetterKind kind) {
        return jdbc.sql("select * from letter_templates where kind = :kind order by version desc limit 1")
                .param("kind", kind.name())
                .query(TemplateRows::template)
                .optional();
    }

    /** The template a letter of this kind is sent with now: the latest version, else the built-in one. */
    public LetterTemplate current(LetterKind kind) {
        return latest(kind).orElseGet(() -> builtIn(kind));
    }

    /** Custodia's own wording, version 0. */
    public static LetterTemplate builtIn(LetterKind kind) {
        return new LetterTemplate(kind, 0, true, DefaultTemplates.of(kind), null, null);
    }

    /** Every stored version, newest first (the built-in version 0 is not stored). */
    public List<LetterTemplate> versions(LetterKind kind) {
        return jdbc.sql("select * from letter_templates where kind = :kind order by version desc")
                .param("kind", kind.name())
                .query(TemplateRows::template)
                .list();
    }

    public Optional<LetterTemplate> version(LetterKind kind, int version) {
        return jdbc.sql("select * from letter_templates where kind = :kind and version = :version")
                .param("kind", kind.name())
                .param("version", version)
                .query(TemplateRows::template)
                .optional();
    }

    /** Adds a version: the text given, or (with null) the built-in default again. */
    public void insert(
            OrganisationId organisation, LetterKind kind, int version, TemplateText text, UUID by, Instant now) {
        jdbc.sql("""
                        insert into letter_templates (id, organisation_id, kind, version, is_default, subject, body,
                            created_by, created_at)
                        values (:id, :organisation, :kind, :version, :isDefault, :subject, :body, :by, :now)""")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("kind", kind.name())
                .param("version", version)
                .param("isDefault", text == null)
                .param("subject", text == null ? null : text.subject())
                .param("body", text == null ? null : text.body())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static LetterTemplate template(ResultSet row, int n) throws SQLException {
        LetterKind kind = LetterKind.valueOf(row.getString("kind"));
        boolean isDefault = row.getBoolean("is_default");
        return new LetterTemplate(
                kind,
                row.getInt("version"),
                isDefault,
                isDefault
                        ? DefaultTemplates.of(kind)
                        : new TemplateText(row.getString("subject"), row.getString("body")),
                row.getObject("created_by", UUID.class),
                row.getTimestamp("created_at").toInstant());
    }
}
