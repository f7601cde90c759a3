package org.custodia.retention;

import java.time.LocalDate;

/**
 * A record about a person with the rule that keeps it (null when the schedule has none for its kind)
 * and the last day it is kept (null when the period has not begun).
 */
public record RecordPeriod(RetainedRecord record, RetentionRule rule, LocalDate keptUntil) {

    /** Whether the schedule still keeps the record on the day: a rule applies and its period has not ended. */
    public boolean keeps(LocalDate day) {
        return rule != null && (keptUntil == null || keptUntil.isAfter(day));
    }

    /** Why it is kept, in words for the DPO and the person: the record, until when, and the rule. */
    public String describe() {
        return record.kind().label() + " " + record.reference()
                + (keptUntil == null
                        ? " is kept: its retention period (" + rule.describe() + ") has not begun"
                        : " is kept until " + keptUntil + " under the retention schedule (" + rule.describe() + ")");
    }
}
