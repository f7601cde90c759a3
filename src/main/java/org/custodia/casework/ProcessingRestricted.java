package org.custodia.casework;

/**
 * The person's data is restricted (UK GDPR Art 18): it is stored but refused to ordinary use. A reader
 * may still use it by stating an Art 18(2) ground; pages offer that, the API answers a 403 problem.
 */
public class ProcessingRestricted extends RuntimeException {

    private final PersonId person;

    public ProcessingRestricted(PersonId person) {
        super("Processing of this person's data is restricted (UK GDPR Article 18). It is stored, but it cannot"
                + " be used, exported or disclosed unless you state a use the law still allows");
        this.person = person;
    }

    public PersonId person() {
        return person;
    }
}
