package org.custodia.consent;

import java.time.LocalDate;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;

/**
 * A person's consent to a purpose was withdrawn: processing that relies on it must stop. Published in
 * the withdrawing transaction; {@link Consents#isCurrent} already answers no.
 */
public record ConsentWithdrawn(
        OrganisationId organisation, PersonId person, ConsentPurposeId purpose, LocalDate withdrawnOn) {}
