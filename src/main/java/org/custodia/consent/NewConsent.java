package org.custodia.consent;

import java.time.LocalDate;

/**
 * Consent given to a purpose. {@code wordingVersion} is the version of the wording the person was
 * shown; without one, the purpose's current wording is recorded.
 */
public record NewConsent(
        ConsentPurposeId purposeId,
        Integer wordingVersion,
        ConsentingParty givenBy,
        ConsentMethod method,
        LocalDate givenOn) {}
