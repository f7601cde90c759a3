package org.custodia.correspondence.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.correspondence.LetterKind;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters sent, their subject line and PDF stored encrypted by the caller. */
@Repository
public class LetterRows {

    private final JdbcClient jdbc;

    LetterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredLetter(
            UUID id,
            LetterKind kind,
            UUID reference,
            String recipient,
            byte[] subjectLine,
            byte[] pdf,
            int templateVersion,
            Instant sentAt) {}

    public void insert(OrganisationId organisation, StoredLetter letter, UUID sentBy) {
        jdbc.sql("""
                        insert into letters_sent (id, organisation_id, kind, reference, recipient, subject_line, pdf,
                            template_version, sent_by, sent_at)
                        values (:id, :organisation, :kind, :reference, :recipient, :subject, :pdf, :version, :by, :at)""")
                .param("id", letter.id())
                .param("organisation", organisation.value())
                .param("kind", letter.kind().name())
                .param("reference", letter.reference())
                .param("recipient", letter.recipient())
                .param("subject", letter.subjectLine())
                .param("pdf", letter.pdf())
                .param("version", letter.templateVersion())
                .param("by", sentBy)
                .param("at", Timestamp.from(letter.sentAt()))
                .update();
    }

    public List<StoredLetter> forReference(UUID reference) {
        return jdbc.sql("select * from letters_sent where reference = :reference order by sent_at, id")
                .param("reference", reference)
                .query((row, n) -> stored(row, false))
                .list();
    }

    public Optional<StoredLetter> find(UUID id) {
        return jdbc.sql("select * from letters_sent where id = :id")
                .param("id", id)
                .query((row, n) -> stored(row, true))
                .optional();
    }

    private static StoredLetter stored(java.sql.ResultSet row, boolean withPdf) throws java.sql.SQLException {
        return new StoredLetter(
                row.getObject("id", UUID.class),
                LetterKind.valueOf(row.getString("kind")),
                row.getObject("reference", UUID.class),
                row.getString("recipient"),
                row.getBytes("subject_line"),
                withPdf ? row.getBytes("pdf") : null,
                row.getInt("template_version"),
                row.getTimestamp("sent_at").toInstant());
    }
}
