package org.custodia.rights;

import java.time.LocalDate;
import java.util.EnumSet;
import org.custodia.casework.PersonId;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentingParty;
import org.custodia.consent.Consents;
import org.custodia.consent.Withdrawal;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on a consent withdrawal request (UK GDPR Art 7(3)) for a matched person, through the consent module,
 * by the person or by the requester on their behalf. A class of its own (once part of {@code RequestActions})
 * because it alone needs the consent module and the requester's sealed details.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ConsentWithdrawals {

    private final MatchedPeople matched;
    private final Consents consents;
    private final PersonalDetails details;

    ConsentWithdrawals(MatchedPeople matched, Consents consents, PersonalDetails details) {
        this.matched = matched;
        this.consents = consents;
        this.details = details;
    }

    /** Withdraws the person's consent to the purpose, as the requester asked (by them or on their behalf). */
    @Transactional
    public void withdrawConsent(
            RightsRequestId id, PersonId person, ConsentPurposeId purpose, ConsentMethod method, LocalDate on) {
        RequestRow row = matched.open(id, EnumSet.of(RequestKind.CONSENT_WITHDRAWAL));
        matched.matched(id, person);
        NewRightsRequest request = details.open(row);
        ConsentingParty by = row.authority() == Authority.SELF
                ? ConsentingParty.thePerson()
                : ConsentingParty.onBehalf(
                        request.requester().name(), row.authority().label(), null);
        if (purpose == null) {
            throw new InvalidInput("purposeId", "Select the consent to withdraw");
        }
        consents.withdraw(person, purpose, new Withdrawal(by, method, on));
        matched.done(
                id,
                "rights-request.consent-withdrawn",
                person,
                purpose.value().toString(),
                "Consent withdrawn on " + on);
    }
}
