package org.custodia.casework.internal;

import org.custodia.shared.InvalidInput;

/**
 * Sensitive data cannot be recorded because none of the person's open cases is covered by a
 * processing activity that names a condition for it (UK GDPR Art 9 / Art 10). Shown like any other
 * input the user can act on: on the form, or as a 400 problem in the API.
 */
public class NoConditionForSensitiveData extends InvalidInput {

    public NoConditionForSensitiveData(String message) {
        super("category", message);
    }
}
