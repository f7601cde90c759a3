package org.custodia.retention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record past the end of its retention period.
 *
 * @param recordId the record's identifier (for a case record, the case)
 * @param reference the record's reference as staff know it, never a name
 * @param subjectId the person the record is about, so that holds on the person count
 */
public record DueRecord(RecordKind kind, UUID recordId, String reference, UUID subjectId, LocalDate dueOn) {}
