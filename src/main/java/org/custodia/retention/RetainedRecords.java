package org.custodia.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.shared.DataSubjectId;

/**
 * Implemented by each module that keeps records under the retention schedule. Every method runs inside
 * the caller's transaction, in the current organisation.
 */
public interface RetainedRecords {

    Set<RecordKind> kinds();

    /**
     * Records of the kind whose period under the rule ended on or before {@code asOf}, with identifiers
     * after {@code after} (null for the start), in identifier order: the order is the disposal run's
     * cursor, so it must be stable.
     */
    List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit);

    /** How many records {@link #due} would return without a limit: a run's progress is measured by it. */
    long countDue(RetentionRule rule, LocalDate asOf);

    /** How many records of the kind there are. */
    long count(RecordKind kind);

    /** How many records of the kind lack the date the rule's period runs from (and so are never due). */
    long countWithoutStart(RetentionRule rule);

    /** Removes the record through the erasure path; the person too, if nothing else of theirs is kept. */
    void destroy(DueRecord record, ErasureDecision decision);

    /**
     * Destroys several records of one kind in one go, as {@link #destroy} would each. Holders with many
     * records do it a set at a time: a disposal run calls this once per batch.
     */
    default void destroyAll(List<DueRecord> records, ErasureDecision decision) {
        for (DueRecord record : records) {
            destroy(record, decision);
        }
    }

    /** Keeps the record with nothing left that identifies the person. */
    void anonymise(DueRecord record);

    /**
     * The records of this module's kinds that are about the person, or that they are part of: a
     * subject access response gives their retention periods and any hold on them.
     */
    default List<RetainedRecord> about(DataSubjectId subject) {
        return List.of();
    }

    /**
     * The last day the rule keeps one of the records {@link #about} returned, or null when its period
     * has not begun (the event it runs from has not happened, or its date is not recorded): such a record
     * is kept. Erasure on request asks this before erasing anyone.
     */
    default LocalDate keptUntil(RetainedRecord record, RetentionRule rule) {
        return null;
    }
}
