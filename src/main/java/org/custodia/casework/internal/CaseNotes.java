package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseNote;
import org.custodia.casework.PersonId;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Case notes, encrypted under the child's key and bound to their row: free text may hold anything. */
@Component
public class CaseNotes {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    CaseNotes(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public UUID add(OrganisationId organisation, CaseId id, PersonId child, String text, UserId by, Instant now) {
        UUID note = UUID.randomUUID();
        jdbc.sql("insert into case_notes (id, organisation_id, case_id, body, written_by, written_at)"
                        + " values (:id, :organisation, :case, :body, :by, :now)")
                .param("id", note)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("body", encryption.encrypt(child.subject(), FieldRef.of("case_notes", "body", note), text))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return note;
    }

    /** Newest first; the text only if {@code reveal}. Writers are named from {@code names}. */
    public List<CaseNote> of(CaseId id, PersonId child, boolean reveal, Map<UUID, String> names) {
        return jdbc.sql("select * from case_notes where case_id = :case order by written_at desc")
                .param("case", id.value())
                .query((row, n) -> {
                    UUID note = row.getObject("id", UUID.class);
                    UUID writer = row.getObject("written_by", UUID.class);
                    String text = reveal ? text(child, note, row.getBytes("body")) : null;
                    return new CaseNote(
                            note,
                            text,
                            !reveal,
                            names.getOrDefault(writer, writer.toString()),
                            row.getTimestamp("written_at").toInstant());
                })
                .list();
    }

    public List<UUID> writers(CaseId id) {
        return jdbc.sql("select distinct written_by from case_notes where case_id = :case")
                .param("case", id.value())
                .query(UUID.class)
                .list();
    }

    /** The note's text, or the words that say it was erased or cannot be read. */
    public String text(PersonId child, UUID note, byte[] body) {
        try {
            return encryption.decrypt(child.subject(), FieldRef.of("case_notes", "body", note), body);
        } catch (ErasedSubject e) {
            return StoredText.ERASED;
        } catch (UnreadableValue e) {
            return StoredText.UNREADABLE;
        }
    }
}
