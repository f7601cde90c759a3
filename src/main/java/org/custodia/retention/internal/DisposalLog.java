package org.custodia.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
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
