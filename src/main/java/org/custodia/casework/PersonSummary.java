package org.custodia.casework;

import java.time.LocalDate;

/**
 * A person in a list or search result: enough to tell people apart, nothing sensitive. A restricted
 * person (UK GDPR Art 18) is shown by name only, marked {@code restricted}.
 */
public record PersonSummary(
        PersonId id, String name, LocalDate dateOfBirth, boolean deceased, String profession, boolean restricted) {

    public PersonSummary(PersonId id, String name, LocalDate dateOfBirth, boolean deceased, String profession) {
        this(id, name, dateOfBirth, deceased, profession, false);
    }
}
