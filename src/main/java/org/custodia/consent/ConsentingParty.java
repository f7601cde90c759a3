package org.custodia.consent;

import org.custodia.casework.PersonId;

/**
 * Who gave or withdrew consent: the person themselves, or someone on their behalf (a parent or carer
 * for a child), named, with their relationship and, where they are in the records, their person id.
 */
public record ConsentingParty(boolean onBehalf, String name, String relationship, PersonId personId) {

    public static ConsentingParty thePerson() {
        return new ConsentingParty(false, null, null, null);
    }

    public static ConsentingParty onBehalf(String name, String relationship, PersonId personId) {
        return new ConsentingParty(true, name, relationship, personId);
    }

    /** "The person" or "Kerry Smith (mother)". */
    public String description() {
        return onBehalf ? name + " (" + relationship + ") on their behalf" : "The person";
    }
}
