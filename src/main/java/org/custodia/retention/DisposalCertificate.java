package org.custodia.retention;

import java.util.List;
import java.util.UUID;

/**
 * What a run disposed of: per kind of record, rule and action, how many; and every record by its
 * identifier and reference. No personal data.
 */
public record DisposalCertificate(DisposalRun run, List<Line> lines, List<Item> items, long itemCount) {

    public record Line(RecordKind kind, UUID ruleId, EndAction action, long count) {}

    public record Item(RecordKind kind, UUID recordId, String reference, EndAction action, UUID ruleId) {}
}
