package org.custodia.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.custodia.retention.DueRecord;
import org.custodia.retention.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts records on the DPO's review list, once each, and skips those a DPO chose to keep a while. */
@Component
public class ReviewList {

    private final JdbcClient jdbc;

    ReviewList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these records, those already waiting for a decision or kept past {@code asOf}. */
    public Set<UUID> waitingOrKept(RecordKind kind, Collection<UUID> records, LocalDate asOf) {
        if (records.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "select record_id from retention_reviews where record_kind = :kind"
                                + " and record_id in (:ids) and (decision is null or (decision = 'KEEP' and keep_until > :asOf))")
                .param("kind", kind.name())
                .param("ids", records)
                .param("asOf", asOf)
                .query(UUID.class)
                .list());
    }

    public UUID list(DueRecord record, UUID rule, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into retention_reviews (id, organisation_id, record_kind, record_id, subject_id, reference,"
                        + " rule_id, due_on, listed_at) values (:id, current_organisation(), :kind, :record, :subject,"
                        + " :reference, :rule, :due, :at)")
                .param("id", id)
                .param("kind", record.kind().name())
                .param("record", record.recordId())
                .param("subject", record.subjectId())
                .param("reference", record.reference())
                .param("rule", rule)
                .param("due", record.dueOn())
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }
}
