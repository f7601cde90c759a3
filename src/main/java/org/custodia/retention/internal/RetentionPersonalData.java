package org.custodia.retention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.InformationSection;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.personaldata.SupplementaryInformation;
import org.custodia.retention.HoldGround;
import org.custodia.retention.HoldTarget;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecord;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.RetentionSchedule;
import org.custodia.shared.DataSubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What retention knows about a person: the legal holds on them or their records and the retention
 * reviews of their records (exported for subject access), and how long each kind of record about
 * them is kept (Art 15(1)(d)). Holds and reviews are the organisation's evidence of why data was
 * kept or disposed of, so erasure keeps them and says so.
 */
@Component
class RetentionPersonalData implements PersonalDataHolder, SupplementaryInformation {

    private final JdbcClient jdbc;
    // Looked up when used: the keepers erase through the holders, this one among them.
    private final ObjectProvider<RetainedRecords> keepers;
    private final RetentionSchedule schedule;

    RetentionPersonalData(JdbcClient jdbc, ObjectProvider<RetainedRecords> keepers, RetentionSchedule schedule) {
        this.jdbc = jdbc;
        this.keepers = keepers;
        this.schedule = schedule;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        Map<UUID, RetainedRecord> records = recordsAbout(subject);
        List<UUID> targets = new ArrayList<>(records.keySet());
        targets.add(subject.value());
        List<HeldRecord> held =
                new ArrayList<>(jdbc.sql("select * from legal_holds where target_id in (:targets) order by placed_at")
                        .param("targets", targets)
                        .query((rs, n) -> hold(rs, records))
                        .list());
        held.addAll(jdbc.sql("select * from retention_reviews where subject_id = :person order by listed_at")
                .param("person", subject.value())
                .query((rs, n) -> HeldRecord.of(
                                "retention.review:" + rs.getObject("id"),
                                "Retention reviews",
                                rs.getTimestamp("listed_at").toInstant())
                        .field(
                                "Record",
                                RecordKind.valueOf(rs.getString("record_kind")).label())
                        .field("Reference", rs.getString("reference"))
                        .field("Due for review on", rs.getObject("due_on", java.time.LocalDate.class))
                        .field("Decision", rs.getString("decision"))
                        .field("Kept until", rs.getObject("keep_until", java.time.LocalDate.class))
                        .field("Reason", rs.getString("reason"))
                        .build())
                .list());
        return held;
    }

    @Override
    public Set<String> tables() {
        return Set.of("legal_holds", "retention_reviews");
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        // Holds on the person's cases stay with the cases; only what names the person is counted here.
        long rows = jdbc.sql("select (select count(*) from legal_holds where target_id = :person)"
                        + " + (select count(*) from retention_reviews where subject_id = :person)")
                .param("person", subject.value())
                .query(Long.class)
                .single();
        return rows == 0
                ? ErasureOutcome.removed(0)
                : ErasureOutcome.keptBecause("retention: " + rows + " legal hold(s) or review(s) of person "
                        + subject.value() + " kept as the record of why data was kept or disposed of");
    }

    @Override
    public List<InformationSection> about(DataSubjectId subject) {
        Map<RecordKind, RetentionRule> rules = new LinkedHashMap<>();
        schedule.rules().forEach(rule -> rules.put(rule.kind(), rule));
        List<String> points = new ArrayList<>();
        Set<RecordKind> kinds = new java.util.TreeSet<>();
        recordsAbout(subject).values().forEach(r -> kinds.add(r.kind()));
        kinds.add(RecordKind.AUDIT_TRAIL);
        kinds.add(RecordKind.RIGHTS_REQUEST_FILE);
        for (RecordKind kind : kinds) {
            RetentionRule rule = rules.get(kind);
            points.add(kind.label() + ": "
                    + (rule == null
                            ? "no retention period is set yet; it is kept until one is, and never disposed of unreviewed"
                            : rule.describe() + ", then "
                                    + rule.action().label().toLowerCase(java.util.Locale.UK)
                                    + (rule.source() == null ? "" : " (" + rule.source() + ")")));
        }
        return List.of(new InformationSection("How long your information is kept", "UK GDPR Art 15(1)(d)", points));
    }

    private Map<UUID, RetainedRecord> recordsAbout(DataSubjectId subject) {
        Map<UUID, RetainedRecord> records = new LinkedHashMap<>();
        for (RetainedRecords keeper : keepers.orderedStream().toList()) {
            keeper.about(subject).forEach(r -> records.putIfAbsent(r.recordId(), r));
        }
        return records;
    }

    private static HeldRecord hold(ResultSet rs, Map<UUID, RetainedRecord> records) throws SQLException {
        HoldTarget target = HoldTarget.valueOf(rs.getString("target_type"));
        RetainedRecord record = records.get(rs.getObject("target_id", UUID.class));
        java.sql.Timestamp lifted = rs.getTimestamp("lifted_at");
        return HeldRecord.of(
                        "retention.hold:" + rs.getObject("id"),
                        "Legal holds",
                        rs.getTimestamp("placed_at").toInstant())
                .field(
                        "Held",
                        target == HoldTarget.PERSON
                                ? "All records about you"
                                : "Case " + (record == null ? "" : record.reference()))
                .field("Ground", HoldGround.valueOf(rs.getString("ground")).label())
                .field("Reason", rs.getString("reason"))
                .field("Review on", rs.getObject("review_on", java.time.LocalDate.class))
                .field("Lifted on", lifted == null ? null : lifted.toInstant())
                .field("Why it was lifted", rs.getString("lift_reason"))
                .build();
    }
}
