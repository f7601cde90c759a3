package org.custodia.rights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The people a request is confirmed to be about, and the legal hold placed on each. */
@Component
public class Matches {

    private final JdbcClient jdbc;

    Matches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Match(PersonId person, UUID hold, boolean holdLifted) {}

    public void add(RightsRequestId request, PersonId person, UUID hold, UserId by, Instant at) {
        jdbc.sql("insert into rights_request_matches (id, organisation_id, request_id, person_id, hold_id,"
                        + " confirmed_by, confirmed_at) values (:id, current_organisation(), :request, :person, :hold,"
                        + " :by, :at)")
                .param("id", UUID.randomUUID())
                .param("request", request.value())
                .param("person", person.value())
                .param("hold", hold)
                .param("by", by.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<Match> of(RightsRequestId request) {
        return jdbc.sql("select person_id, hold_id, hold_lifted_at from rights_request_matches"
                        + " where request_id = :request order by confirmed_at, person_id")
                .param("request", request.value())
                .query((rs, n) -> new Match(
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getObject("hold_id", UUID.class),
                        rs.getTimestamp("hold_lifted_at") != null))
                .list();
    }

    public void holdLifted(RightsRequestId request, PersonId person, Instant at) {
        jdbc.sql("update rights_request_matches set hold_lifted_at = :at where request_id = :request"
                        + " and person_id = :person")
                .param("at", Timestamp.from(at))
                .param("request", request.value())
                .param("person", person.value())
                .update();
    }
}
