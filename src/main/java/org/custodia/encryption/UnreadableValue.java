package org.custodia.encryption;

import org.custodia.shared.DataSubjectId;

/**
 * An encrypted value that does not decrypt where it was found: it was written for another row,
 * field, subject or organisation and copied here, or it has been altered. Never a wrong value
 * instead.
 */
public class UnreadableValue extends RuntimeException {

    public UnreadableValue(DataSubjectId subject, FieldRef field) {
        super("The encrypted value of " + field + " does not decrypt for data subject " + subject
                + " in this organisation: it was written for another place, subject or organisation, or altered");
    }
}
