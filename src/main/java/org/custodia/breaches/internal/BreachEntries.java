package org.custodia.breaches.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.Risk;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only entries of a breach: risk assessments, containment actions, reporting decisions and
 * the history. The runtime database role can add them but never change them.
 */
@Repository
public class BreachEntries {

    public record AssessmentRow(Risk risk, String reasons, UUID by, Instant at) {}

    public record ActionRow(LocalDate takenOn, String description, UUID by, Instant at) {}

    public record DecisionRow(ReportingDecision decision, String reasons, UUID by, Instant at) {}

    public record HistoryRow(Instant at, UUID by, String entry) {}

    private final JdbcClient jdbc;

    BreachEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addAssessment(
            OrganisationId organisation, BreachId breach, Risk risk, String reasons, UserId by, Instant now) {
        jdbc.sql(
                        "insert into breach_assessments (id, organisation_id, breach_id, risk, reasons, assessed_by, assessed_at)"
                                + " values (:id, :organisation, :breach, :risk, :reasons, :by, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("breach", breach.value())
                .param("risk", risk.name())
                .param("reasons", reasons)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void addAction(
            OrganisationId organisation,
            BreachId breach,
            LocalDate takenOn,
            String description,
            UserId by,
            Instant now) {
        jdbc.sql("insert into breach_actions (id, organisation_id, breach_id, taken_on, description, recorded_by,"
                        + " recorded_at) values (:id, :organisation, :breach, :takenOn, :description, :by, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("breach", breach.value())
                .param("takenOn", Date.valueOf(takenOn))
                .param("description", description)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void addDecision(
            OrganisationId organisation,
            BreachId breach,
            ReportingDecision decision,
            String reasons,
            UserId by,
            Instant now) {
        jdbc.sql("insert into breach_decisions (id, organisation_id, breach_id, decision, reasons, decided_by,"
                        + " decided_at) values (:id, :organisation, :breach, :decision, :reasons, :by, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("breach", breach.value())
                .param("decision", decision.name())
                .param("reasons", reasons)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void addHistory(OrganisationId organisation, BreachId breach, String entry, UserId by, Instant now) {
        jdbc.sql("insert into breach_history (id, organisation_id, breach_id, occurred_at, actor_id, entry)"
                        + " values (:id, :organisation, :breach, :now, :by, :entry)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("breach", breach.value())
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .param("entry", entry)
                .update();
    }

    public List<AssessmentRow> assessments(BreachId breach) {
        return jdbc.sql("select * from breach_assessments where breach_id = :breach order by assessed_at, id")
                .param("breach", breach.value())
                .query((row, n) -> new AssessmentRow(
                        Risk.valueOf(row.getString("risk")),
                        row.getString("reasons"),
                        row.getObject("assessed_by", UUID.class),
                        row.getTimestamp("assessed_at").toInstant()))
                .list();
    }

    public List<ActionRow> actions(BreachId breach) {
        return jdbc.sql("select * from breach_actions where breach_id = :breach order by taken_on, recorded_at")
                .param("breach", breach.value())
                .query((row, n) -> new ActionRow(
                        row.getDate("taken_on").toLocalDate(),
                        row.getString("description"),
                        row.getObject("recorded_by", UUID.class),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public List<DecisionRow> decisions(BreachId breach) {
        return jdbc.sql("select * from breach_decisions where breach_id = :breach order by decided_at, id")
                .param("breach", breach.value())
                .query((row, n) -> new DecisionRow(
                        ReportingDecision.valueOf(row.getString("decision")),
                        row.getString("reasons"),
                        row.getObject("decided_by", UUID.class),
                        row.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The decision that stands on each of the given breaches (the latest one). */
    public java.util.Map<BreachId, ReportingDecision> currentDecisions() {
        java.util.Map<BreachId, ReportingDecision> decisions = new java.util.HashMap<>();
        jdbc.sql("select distinct on (breach_id) breach_id, decision from breach_decisions"
                        + " order by breach_id, decided_at desc, id desc")
                .query(row -> {
                    decisions.put(
                            new BreachId(row.getObject("breach_id", UUID.class)),
                            ReportingDecision.valueOf(row.getString("decision")));
                });
        return decisions;
    }

    public List<HistoryRow> history(BreachId breach) {
        return jdbc.sql("select * from breach_history where breach_id = :breach order by occurred_at, id")
                .param("breach", breach.value())
                .query((row, n) -> new HistoryRow(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getObject("actor_id", UUID.class),
                        row.getString("entry")))
                .list();
    }
}
