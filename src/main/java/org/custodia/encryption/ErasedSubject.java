package org.custodia.encryption;

import org.custodia.shared.DataSubjectId;

/**
 * The data subject's key has been destroyed (crypto-shredding): none of their encrypted values can
 * be read any more, and no new one can be written. Expected after an erasure, unlike {@link
 * UnreadableValue}, which means a value is out of place or altered.
 */
public class ErasedSubject extends RuntimeException {

    private final DataSubjectId subject;

    public ErasedSubject(DataSubjectId subject) {
        super("Data subject " + subject + " has been erased in this organisation: their key is destroyed,"
                + " so their encrypted values can no longer be read or written");
        this.subject = subject;
    }

    public DataSubjectId subject() {
        return subject;
    }
}
