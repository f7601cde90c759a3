package org.custodia.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.retention.DueRecord;
import org.custodia.retention.EndAction;
import org.custodia.retention.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The per-record evidence of disposal: identifiers only. */
@Component
public class DisposalLog {

    private final JdbcClient jdbc;

    DisposalLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(UUID run, UUID review, DueRecord record, UUID rule, EndAction action, Instant at) {
        jdbc.sql("insert into disposal_log (organisation_id, run_id, review_id, record_kind, record_id, reference,"
                        + " rule_id, action, done_at) values (current_organisation(), :run, :review, :kind, :record,"
                        + " :reference, :rule, :action, :at)")
                .param("run", run)
                .param("review", review)
                .param("kind", record.kind().name())
                .param("record", record.recordId())
                .param("reference", record.reference())
                .param("rule", rule)
                .param("action", action.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Lines for several records of one kind done under one rule by a run, in one statement. */
    public void writeAll(UUID run, List<DueRecord> records, UUID rule, EndAction action, Instant at) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.sql("insert into disposal_log (organisation_id, run_id, review_id, record_kind, record_id, reference,"
                        + " rule_id, action, done_at) select current_organisation(), :run, null, :kind, r.id, r.reference,"
                        + " :rule, :action, :at from unnest(array[:records]::uuid[], array[:references]::text[])"
                        + " as r (id, reference)")
                .param("run", run)
                .param("kind", records.get(0).kind().name())
                .param("records", records.stream().map(DueRecord::recordId).toList())
                .param("references", records.stream().map(DueRecord::reference).toList())
                .param("rule", rule)
                .param("action", action.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Of these records, those already anonymised (they stay, and must not be anonymised again). */
    public Set<UUID> anonymised(RecordKind kind, Collection<UUID> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select record_id from disposal_log where record_kind = :kind"
                        + " and action = 'ANONYMISE' and record_id in (:ids)")
                .param("kind", kind.name())
                .param("ids", records)
                .query(UUID.class)
                .list());
    }
}
