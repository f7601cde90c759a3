package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.RelationshipKind;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relationships between people. Which of them a reader may see is the facade's decision. */
@Repository
public class RelationshipRows {

    private final JdbcClient jdbc;

    RelationshipRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(PersonId person, PersonId related, RelationshipKind kind) {
        return jdbc.sql("select count(*) from relationships where person_id = :person and related_person_id = :related"
                                + " and kind = :kind")
                        .param("person", person.value())
                        .param("related", related.value())
                        .param("kind", kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(
            OrganisationId organisation, PersonId person, PersonId related, RelationshipKind kind, Instant now) {
        jdbc.sql("insert into relationships (id, organisation_id, person_id, related_person_id, kind, created_at)"
                        + " values (:id, :organisation, :person, :related, :kind, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("related", related.value())
                .param("kind", kind.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A stored relationship: {@code person} is the {@code kind} of {@code related}. */
    public record Link(PersonId person, RelationshipKind kind, PersonId related) {}

    /** Every relationship the person is on either side of, oldest first. */
    public List<Link> of(PersonId person) {
        return jdbc.sql("select person_id, kind, related_person_id from relationships"
                        + " where person_id = :person or related_person_id = :person order by created_at")
                .param("person", person.value())
                .query((row, n) -> new Link(
                        new PersonId(row.getObject("person_id", UUID.class)),
                        RelationshipKind.valueOf(row.getString("kind")),
                        new PersonId(row.getObject("related_person_id", UUID.class))))
                .list();
    }
}
