package org.custodia.casework;

import java.time.LocalDate;

/** A person in a list or search result: enough to tell people apart, nothing sensitive. */
public record PersonSummary(PersonId id, String name, LocalDate dateOfBirth, boolean deceased, String profession) {}
