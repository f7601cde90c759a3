package org.custodia.rights.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequestView.Step;
import org.custodia.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The request's timeline: each step in words, with who took it. Never the requester's details. */
@Component
public class History {

    private final JdbcClient jdbc;
    private final Clock clock;

    History(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(RightsRequestId request, String entry) {
        String by = Tenancy.currentActor().map(Actor::displayName).orElse("The requester (online form)");
        jdbc.sql("insert into rights_request_history (id, organisation_id, request_id, occurred_at, actor_name, entry)"
                        + " values (:id, current_organisation(), :request, :at, :by, :entry)")
                .param("id", UUID.randomUUID())
                .param("request", request.value())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", by)
                .param("entry", entry)
                .update();
    }

    public List<Step> of(RightsRequestId request) {
        return jdbc.sql("select occurred_at, actor_name, entry from rights_request_history where request_id = :request"
                        + " order by occurred_at, entry")
                .param("request", request.value())
                .query((rs, n) -> new Step(
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("entry")))
                .list();
    }
}
