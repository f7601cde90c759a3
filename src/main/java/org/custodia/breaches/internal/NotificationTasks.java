package org.custodia.breaches.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.NotToldReason;
import org.custodia.breaches.PeopleTold;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Art 34 tasks: one per high-risk breach, to tell the people affected without undue delay. */
@Repository
public class NotificationTasks {

    public record TaskRow(BreachId breach, Instant createdAt, PeopleTold outcome, UUID closedBy, Instant closedAt) {

        public boolean open() {
            return closedAt == null;
        }
    }

    private final JdbcClient jdbc;

    NotificationTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the breach's task unless it has one; true if it was created now. */
    public boolean createIfAbsent(OrganisationId organisation, BreachId breach, Instant now) {
        return jdbc.sql("insert into breach_notification_tasks (id, organisation_id, breach_id, created_at)"
                                + " values (:id, :organisation, :breach, :now) on conflict (breach_id) do nothing")
                        .param("id", UUID.randomUUID())
                        .param("organisation", organisation.value())
                        .param("breach", breach.value())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public Optional<TaskRow> of(BreachId breach) {
        return jdbc.sql("select * from breach_notification_tasks where breach_id = :breach")
                .param("breach", breach.value())
                .query(NotificationTasks::map)
                .optional();
    }

    public List<TaskRow> open() {
        return jdbc.sql("select * from breach_notification_tasks where closed_at is null order by created_at")
                .query(NotificationTasks::map)
                .list();
    }

    public void close(BreachId breach, PeopleTold outcome, UserId by, Instant now) {
        jdbc.sql(
                        "update breach_notification_tasks set told_on = :toldOn, told_how = :toldHow, not_told_reason = :reason,"
                                + " explanation = :explanation, closed_by = :by, closed_at = :now"
                                + " where breach_id = :breach and closed_at is null")
                .param("breach", breach.value())
                .param("toldOn", outcome.toldOn() == null ? null : Date.valueOf(outcome.toldOn()))
                .param("toldHow", outcome.toldHow())
                .param(
                        "reason",
                        outcome.notToldReason() == null
                                ? null
                                : outcome.notToldReason().name())
                .param("explanation", outcome.explanation())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static TaskRow map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Date toldOn = row.getDate("told_on");
        String reason = row.getString("not_told_reason");
        PeopleTold outcome = new PeopleTold(
                toldOn == null ? null : toldOn.toLocalDate(),
                row.getString("told_how"),
                reason == null ? null : NotToldReason.valueOf(reason),
                row.getString("explanation"));
        return new TaskRow(
                new BreachId(row.getObject("breach_id", UUID.class)),
                row.getTimestamp("created_at").toInstant(),
                outcome,
                row.getObject("closed_by", UUID.class),
                BreachRows.instant(row, "closed_at"));
    }
}
