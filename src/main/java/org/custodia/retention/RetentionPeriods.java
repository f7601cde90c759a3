package org.custodia.retention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custodia.shared.DataSubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the schedule keeps each record about a person: what an erasure request must respect
 * (retention wins over erasure, and says so). Asks every module that keeps records.
 */
@Component
public class RetentionPeriods {

    // Looked up when used: record keepers depend on the erasure path, which may depend on this.
    private final ObjectProvider<RetainedRecords> keepers;
    private final RetentionSchedule schedule;

    RetentionPeriods(ObjectProvider<RetainedRecords> keepers, RetentionSchedule schedule) {
        this.keepers = keepers;
        this.schedule = schedule;
    }

    /** Every record about the person (as the child of a case or part of it), with its rule and last day. */
    @Transactional(readOnly = true)
    public List<RecordPeriod> of(DataSubjectId subject) {
        Map<RecordKind, RetentionRule> rules = new EnumMap<>(RecordKind.class);
        schedule.rules().forEach(rule -> rules.put(rule.kind(), rule));
        List<RecordPeriod> periods = new ArrayList<>();
        for (RetainedRecords keeper : keepers.orderedStream().toList()) {
            for (RetainedRecord record : keeper.about(subject)) {
                RetentionRule rule = rules.get(record.kind());
                periods.add(new RecordPeriod(record, rule, rule == null ? null : keeper.keptUntil(record, rule)));
            }
        }
        return periods;
    }
}
