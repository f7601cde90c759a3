package org.custodia.rights;

import org.custodia.shared.DataSubjectId;

/**
 * A module that keeps personal data about people. Erasure asks every holder in turn, lowest {@link
 * #order()} first, so that rows referring to a person go before the person's own record.
 */
public interface PersonalDataHolder {

    /** Holders that refer to people run before the holder of the people themselves. */
    default int order() {
        return 0;
    }

    /** Runs inside the caller's transaction and organisation. */
    ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision);
}
