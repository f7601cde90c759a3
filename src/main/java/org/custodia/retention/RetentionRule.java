package org.custodia.retention;

import java.util.UUID;

/**
 * One line of the schedule.
 *
 * @param childDeathYears for records about a child kept from birth: the period from death instead,
 *     when the child died before 18 (null if the rule has no such exception)
 */
public record RetentionRule(
        UUID id,
        RecordKind kind,
        int periodYears,
        StartEvent startsFrom,
        Integer childDeathYears,
        EndAction action,
        String source) {

    public String describe() {
        String text = periodYears + " years from the " + startsFrom.label();
        if (childDeathYears != null) {
            text += "; " + childDeathYears + " years after death if the child died before 18";
        }
        return text;
    }
}
