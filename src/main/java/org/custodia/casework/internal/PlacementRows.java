package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.Placement;
import org.custodia.casework.PlacementType;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A looked-after child's placements. */
@Repository
public class PlacementRows {

    private final JdbcClient jdbc;

    PlacementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(OrganisationId organisation, CaseId id, Placement placement, UserId by, Instant now) {
        UUID placementId = UUID.randomUUID();
        jdbc.sql("insert into lac_placements (id, organisation_id, case_id, placement_type, started_on, ended_on,"
                        + " recorded_by, recorded_at) values (:id, :organisation, :case, :type, :started, :ended,"
                        + " :by, :now)")
                .param("id", placementId)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("type", placement.type().name())
                .param("started", placement.startedOn())
                .param("ended", placement.endedOn())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return placementId;
    }

    public void end(UUID placement, LocalDate on) {
        jdbc.sql("update lac_placements set ended_on = :on where id = :id and ended_on is null")
                .param("on", on)
                .param("id", placement)
                .update();
    }

    /** Newest first. */
    public List<Placement> of(CaseId id) {
        return jdbc.sql("select * from lac_placements where case_id = :case order by started_on desc, recorded_at desc")
                .param("case", id.value())
                .query((row, n) -> new Placement(
                        row.getObject("id", UUID.class),
                        PlacementType.valueOf(row.getString("placement_type")),
                        row.getObject("started_on", LocalDate.class),
                        row.getObject("ended_on", LocalDate.class),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
