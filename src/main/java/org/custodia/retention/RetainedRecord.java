package org.custodia.retention;

import java.util.UUID;

/** One record a module keeps about a person, of a kind the schedule covers (for a case record, the case). */
public record RetainedRecord(RecordKind kind, UUID recordId, String reference) {}
