package org.custodia.consent;

import org.custodia.casework.PersonId;

/**
 * Processing that relies on consent was asked for while the person's consent to the purpose is not
 * current (never given, or withdrawn). Pages show it as an explanation, the API as a 409 problem.
 */
public class ConsentNotGiven extends RuntimeException {

    private final PersonId person;
    private final ConsentPurposeId purpose;

    public ConsentNotGiven(PersonId person, ConsentPurposeId purpose) {
        super("The person has not given consent to this purpose, or has withdrawn it."
                + " Processing that relies on their consent cannot go ahead");
        this.person = person;
        this.purpose = purpose;
    }

    public PersonId person() {
        return person;
    }

    public ConsentPurposeId purpose() {
        return purpose;
    }
}
