package org.custodia.consent;

import java.time.LocalDate;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;

/** A person (or someone on their behalf) gave consent to a purpose, having been shown the wording version. */
public record ConsentGiven(
        OrganisationId organisation,
        PersonId person,
        ConsentPurposeId purpose,
        int wordingVersion,
        LocalDate givenOn) {}
