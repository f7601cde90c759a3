package org.custodia.retention;

/**
 * Records the disposal job will not touch because no rule applies to them: their kind has no rule,
 * or they lack the date the rule runs from. Reported so that nothing is kept forever unnoticed.
 */
public record UnruledRecords(RecordKind kind, long count, String why) {}
