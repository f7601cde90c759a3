package org.custodia.retention;

/** A DPO's edit of one rule; checked by the schedule (null fields are errors). */
public record RuleChange(
        Integer periodYears, StartEvent startsFrom, Integer childDeathYears, EndAction action, String source) {}
