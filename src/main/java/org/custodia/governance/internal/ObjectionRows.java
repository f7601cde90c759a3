package org.custodia.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ObjectionId;
import org.custodia.governance.ObjectionKind;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections to processing activities and their decisions. */
@Repository
public class ObjectionRows {

    /** A stored objection; {@code grounds} is ciphertext. */
    public record Row(
            ObjectionId id,
            PersonId person,
            ProcessingActivityId activity,
            String activityName,
            ObjectionKind kind,
            LocalDate receivedOn,
            UUID request,
            ObjectionDecision decision,
            byte[] grounds,
            Instant decidedAt) {}

    private static final String SELECT = "select o.*, a.name as activity_name from processing_objections o"
            + " join processing_activities a on a.id = o.activity_id";

    private final JdbcClient jdbc;

    ObjectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            ObjectionId id,
            OrganisationId organisation,
            PersonId person,
            ProcessingActivityId activity,
            ObjectionKind kind,
            LocalDate receivedOn,
            UUID request,
            UserId by,
            Instant now) {
        jdbc.sql("insert into processing_objections (id, organisation_id, person_id, activity_id, kind, received_on,"
                        + " request_id, recorded_by, recorded_at) values (:id, :organisation, :person, :activity,"
                        + " :kind, :received, :request, :by, :now)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("activity", activity.value())
                .param("kind", kind.name())
                .param("received", receivedOn)
                .param("request", request)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean decide(
            ObjectionId id, ObjectionDecision decision, byte[] grounds, UUID request, UserId by, Instant now) {
        return jdbc.sql("update processing_objections set decision = :decision, grounds = :grounds,"
                                + " decided_by = :by, decided_at = :now, decision_request_id = :request"
                                + " where id = :id and decision is null")
                        .param("decision", decision.name())
                        .param("grounds", grounds)
                        .param("by", by.value())
                        .param("now", Timestamp.from(now))
                        .param("request", request)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    public Optional<Row> find(ObjectionId id) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", id.value())
                .query(ObjectionRows::row)
                .optional();
    }

    public List<Row> of(PersonId person) {
        return jdbc.sql(SELECT + " where o.person_id = :person order by o.received_on desc, o.recorded_at desc")
                .param("person", person.value())
                .query(ObjectionRows::row)
                .list();
    }

    public boolean upheld(PersonId person, ProcessingActivityId activity) {
        return jdbc.sql("select count(*) from processing_objections where person_id = :person"
                                + " and activity_id = :activity and decision = 'UPHELD'")
                        .param("person", person.value())
                        .param("activity", activity.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Row row(ResultSet row, int n) throws SQLException {
        String decision = row.getString("decision");
        Timestamp decided = row.getTimestamp("decided_at");
        return new Row(
                new ObjectionId(row.getObject("id", UUID.class)),
                new PersonId(row.getObject("person_id", UUID.class)),
                new ProcessingActivityId(row.getObject("activity_id", UUID.class)),
                row.getString("activity_name"),
                ObjectionKind.valueOf(row.getString("kind")),
                row.getObject("received_on", LocalDate.class),
                row.getObject("request_id", UUID.class),
                decision == null ? null : ObjectionDecision.valueOf(decision),
                row.getBytes("grounds"),
                decided == null ? null : decided.toInstant());
    }
}
