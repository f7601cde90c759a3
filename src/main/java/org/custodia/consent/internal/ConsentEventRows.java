package org.custodia.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.consent.ConsentEvent;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentWording;
import org.custodia.consent.ConsentingParty;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only consent history: rows are inserted and read, never changed or deleted. */
@Repository
public class ConsentEventRows {

    /** An event as stored, with the id of whoever recorded it (named by the caller). */
    public record StoredEvent(ConsentPurposeId purpose, ConsentEvent event, UUID recordedBy) {}

    private final JdbcClient jdbc;

    ConsentEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID append(
            OrganisationId organisation,
            PersonId person,
            ConsentPurposeId purpose,
            ConsentEvent.Kind kind,
            UUID wordingId,
            ConsentingParty by,
            ConsentMethod method,
            LocalDate on,
            UserId recordedBy,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into consent_events (id, organisation_id, person_id, purpose_id, kind, wording_id,
                            on_behalf, by_name, by_relationship, by_person_id, method, occurred_on, recorded_by,
                            recorded_at)
                        values (:id, :organisation, :person, :purpose, :kind, :wording, :onBehalf, :name,
                            :relationship, :byPerson, :method, :on, :recordedBy, :now)""")
                .param("id", id)
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("purpose", purpose.value())
                .param("kind", kind.name())
                .param("wording", wordingId)
                .param("onBehalf", by.onBehalf())
                .param("name", by.onBehalf() ? by.name() : null)
                .param("relationship", by.onBehalf() ? by.relationship() : null)
                .param(
                        "byPerson",
                        by.onBehalf() && by.personId() != null ? by.personId().value() : null)
                .param("method", method.name())
                .param("on", on)
                .param("recordedBy", recordedBy.value())
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    /** The latest event of the person's consent to the purpose: the current state. */
    public Optional<ConsentEvent> latest(PersonId person, ConsentPurposeId purpose) {
        return jdbc.sql(SELECT
                        + " where e.person_id = :person and e.purpose_id = :purpose order by e.position desc limit 1")
                .param("person", person.value())
                .param("purpose", purpose.value())
                .query(ConsentEventRows::stored)
                .optional()
                .map(StoredEvent::event);
    }

    /** Every event about the person, newest first. */
    public List<StoredEvent> of(PersonId person) {
        return jdbc.sql(SELECT + " where e.person_id = :person order by e.position desc")
                .param("person", person.value())
                .query(ConsentEventRows::stored)
                .list();
    }

    private static final String SELECT = """
            select e.*, w.version, w.wording, w.created_at as wording_created_at from consent_events e
            left join consent_wordings w on w.id = e.wording_id""";

    private static StoredEvent stored(ResultSet row, int n) throws SQLException {
        ConsentEvent.Kind kind = ConsentEvent.Kind.valueOf(row.getString("kind"));
        ConsentWording wording = kind == ConsentEvent.Kind.GIVEN
                ? new ConsentWording(
                        row.getInt("version"),
                        row.getString("wording"),
                        row.getTimestamp("wording_created_at").toInstant())
                : null;
        UUID byPerson = row.getObject("by_person_id", UUID.class);
        ConsentingParty by = row.getBoolean("on_behalf")
                ? ConsentingParty.onBehalf(
                        row.getString("by_name"),
                        row.getString("by_relationship"),
                        byPerson == null ? null : new PersonId(byPerson))
                : ConsentingParty.thePerson();
        UUID recordedBy = row.getObject("recorded_by", UUID.class);
        ConsentEvent event = new ConsentEvent(
                kind,
                wording,
                by,
                ConsentMethod.valueOf(row.getString("method")),
                row.getObject("occurred_on", LocalDate.class),
                null,
                row.getTimestamp("recorded_at").toInstant());
        return new StoredEvent(new ConsentPurposeId(row.getObject("purpose_id", UUID.class)), event, recordedBy);
    }
}
