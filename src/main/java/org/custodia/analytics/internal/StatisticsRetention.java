package org.custodia.analytics.internal;

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
 * An organisation's usage statistics and its users' feedback under its retention schedule: the
 * disposal sweep destroys a day of counts (with its page views, timings and searches) or a piece of
 * feedback once the rule's period from its date is over. Neither is about a person a hold could name.
 */
@Component
class StatisticsRetention implements RetainedRecords {

    private final DayRecords days;
    private final DayRecords feedback;

    StatisticsRetention(JdbcClient jdbc) {
        this.days = new DayRecords(jdbc, RecordKind.ANALYTICS, "usage_days", "day");
        this.feedback = new DayRecords(
                jdbc, RecordKind.USER_FEEDBACK, "feedback", "(given_at at time zone 'Europe/London')::date");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.ANALYTICS, RecordKind.USER_FEEDBACK);
    }

    private DayRecords of(RecordKind kind) {
        return kind == RecordKind.ANALYTICS ? days : feedback;
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        return of(rule.kind()).due(rule, asOf, after, limit);
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return of(rule.kind()).countDue(rule, asOf);
    }

    @Override
    public long count(RecordKind kind) {
        return of(kind).count();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return 0;
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        destroyAll(List.of(record), decision);
    }

    @Override
    public void destroyAll(List<DueRecord> records, ErasureDecision decision) {
        if (!records.isEmpty()) {
            of(records.get(0).kind())
                    .destroy(records.stream().map(DueRecord::recordId).toList());
        }
    }

    /** Counts hold nothing about anyone; feedback anonymised loses its text and its contact details. */
    @Override
    public void anonymise(DueRecord record) {
        if (record.kind() == RecordKind.USER_FEEDBACK) {
            feedback.anonymise(record.recordId());
        }
    }

    /** The processor's own records, which no organisation's schedule covers: by the ready-made rule. */
    int destroyProcessors(RecordKind kind, LocalDate before) {
        return of(kind).destroyProcessorsBefore(before);
    }
}
