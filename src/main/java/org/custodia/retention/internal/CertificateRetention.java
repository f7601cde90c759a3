package org.custodia.retention.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Disposal certificates are records under the schedule too: a finished run's certificate (its run and
 * log lines, identifiers only) is kept for the period the schedule's own rule sets, never less. A run
 * still going is never due. Nothing in a certificate identifies a person, so anonymising it keeps it.
 */
@Component
class CertificateRetention implements RetainedRecords {

    private static final UUID START = new UUID(0, 0);

    private final JdbcClient jdbc;

    CertificateRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.DISPOSAL_CERTIFICATE);
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return jdbc.sql("select id, as_of, " + dueOn(rule) + " as due_on from disposal_runs where status = 'COMPLETED'"
                        + " and id > :after and " + dueOn(rule) + " <= :asOf order by id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, row) -> new DueRecord(
                        RecordKind.DISPOSAL_CERTIFICATE,
                        rs.getObject("id", UUID.class),
                        "Disposal run as of " + rs.getObject("as_of", LocalDate.class),
                        null,
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*) from disposal_runs where status = 'COMPLETED' and " + dueOn(rule)
                        + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    @Override
    public long count(RecordKind kind) {
        return jdbc.sql("select count(*) from disposal_runs where status = 'COMPLETED'")
                .query(Long.class)
                .single();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return 0;
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        jdbc.sql("delete from disposal_log where run_id = :id")
                .param("id", record.recordId())
                .update();
        jdbc.sql("delete from disposal_runs where id = :id and status = 'COMPLETED'")
                .param("id", record.recordId())
                .update();
    }

    @Override
    public void anonymise(DueRecord record) {
        // Identifiers only: there is nothing personal to take out.
    }

    /** A certificate exists from its run's end; the period is a checked whole number of years. */
    private static String dueOn(RetentionRule rule) {
        return "((coalesce(finished_at, started_at) at time zone 'Europe/London')::date + interval '"
                + rule.periodYears() + " years')::date";
    }
}
