package org.custodia.personaldata;

import java.util.List;
import java.util.Set;
import org.custodia.shared.DataSubjectId;

/**
 * A module that keeps personal data about people. Erasure asks every holder in turn, lowest {@link
 * #order()} first, so that rows referring to a person go before the person's own record; subject
 * access asks every holder for what it keeps about the person.
 */
public interface PersonalDataHolder {

    /** Holders that refer to people run before the holder of the people themselves. */
    default int order() {
        return 0;
    }

    /** Runs inside the caller's transaction and organisation. */
    ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision);

    /**
     * Erases several people, as {@link #erase} would each. Disposal erases thousands at a time: holders
     * with many rows per person do it a set at a time, each statement once for the whole set.
     */
    default ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        ErasureOutcome outcome = ErasureOutcome.removed(0);
        for (DataSubjectId subject : subjects) {
            outcome = outcome.and(erase(subject, decision));
        }
        return outcome;
    }

    /**
     * Everything this module keeps about the person, free text decrypted, for a subject access
     * response. Runs inside the caller's transaction and organisation; the caller is a DPO.
     */
    List<HeldRecord> export(DataSubjectId subject);

    /** The tables whose rows {@link #export} and {@link #erase} cover, so a test can find any left out. */
    Set<String> tables();
}
