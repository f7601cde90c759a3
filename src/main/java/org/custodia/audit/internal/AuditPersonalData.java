package org.custodia.audit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Who has seen my record": every audit entry about the person (who, when, what, for what purpose),
 * for subject access. The trail holds identifiers only and is evidence, so erasure never touches it.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ActorDirectory actors;

    AuditPersonalData(JdbcClient jdbc, ObjectProvider<ActorDirectory> actors) {
        this.jdbc = jdbc;
        this.actors = ActorNames.lazily(actors);
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        return ErasureOutcome.keptBecause("audit trail: identifiers only, kept");
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_entries");
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        List<Entry> entries = jdbc.sql("""
                        select id, occurred_at, actor_type, actor_id, action, object_type, object_id, purpose, outcome,
                            detail
                        from audit_entries where organisation_id = current_organisation() and subject_id = :subject
                        order by occurred_at, id""")
                .param("subject", subject.value())
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_type"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("purpose"),
                        rs.getString("outcome"),
                        rs.getString("detail")))
                .list();
        Set<UUID> ids = new HashSet<>();
        entries.forEach(e -> {
            if (e.actorId() != null) {
                ids.add(e.actorId());
            }
        });
        Map<UUID, String> names = actors.namesOf(ids);
        List<HeldRecord> records = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            records.add(HeldRecord.of("audit.entry:" + e.id(), "Who has seen or changed your record", e.at())
                    .field("When", e.at())
                    .field(
                            "Who",
                            e.actorId() == null
                                    ? e.actorType().toLowerCase()
                                    : names.getOrDefault(e.actorId(), "A former user"))
                    .field("Action", e.action())
                    .field("Record", e.objectType() == null ? null : e.objectType() + " " + e.objectId())
                    .field("Purpose", e.purpose())
                    .field("Outcome", e.outcome().toLowerCase())
                    .field("Detail", e.detail())
                    .build());
        }
        return records;
    }

    private record Entry(
            long id,
            java.time.Instant at,
            String actorType,
            UUID actorId,
            String action,
            String objectType,
            String objectId,
            String purpose,
            String outcome,
            String detail) {}
}
