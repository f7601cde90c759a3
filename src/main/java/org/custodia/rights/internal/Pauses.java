package org.custodia.rights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.rights.PauseReason;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stops of a request's clock: at most one open at a time. */
@Component
public class Pauses {

    private final JdbcClient jdbc;

    Pauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(RightsRequestId request, PauseReason reason, LocalDate on, UserId by) {
        jdbc.sql("insert into rights_request_pauses (id, organisation_id, request_id, reason, paused_on, paused_by)"
                        + " values (:id, current_organisation(), :request, :reason, :on, :by)")
                .param("id", UUID.randomUUID())
                .param("request", request.value())
                .param("reason", reason.name())
                .param("on", on)
                .param("by", by.value())
                .update();
    }

    public void close(RightsRequestId request, LocalDate on, UserId by) {
        jdbc.sql("update rights_request_pauses set resumed_on = :on, resumed_by = :by"
                        + " where request_id = :request and resumed_on is null")
                .param("on", on)
                .param("by", by.value())
                .param("request", request.value())
                .update();
    }

    public List<Pause> of(RightsRequestId request) {
        return jdbc.sql("select reason, paused_on, resumed_on from rights_request_pauses where request_id = :request"
                        + " order by paused_on")
                .param("request", request.value())
                .query((rs, n) -> new Pause(
                        PauseReason.valueOf(rs.getString("reason")),
                        rs.getObject("paused_on", LocalDate.class),
                        rs.getObject("resumed_on", LocalDate.class)))
                .list();
    }

    public static Optional<Pause> current(List<Pause> pauses) {
        return pauses.stream().filter(p -> p.resumedOn() == null).findFirst();
    }

    /** Days the clock stood still: a pause from the 3rd resumed on the 13th took ten days. */
    public static long pausedDays(List<Pause> pauses, LocalDate today) {
        return pauses.stream()
                .mapToLong(p -> Math.max(
                        0, ChronoUnit.DAYS.between(p.pausedOn(), p.resumedOn() == null ? today : p.resumedOn())))
                .sum();
    }
}
