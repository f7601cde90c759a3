package org.custodia.consent;

import java.util.List;
import org.custodia.casework.PersonSummary;

/** A person and their consent to each of the organisation's purposes. */
public record PersonConsents(PersonSummary person, List<ConsentRecord> consents) {

    public ConsentRecord to(ConsentPurposeId purpose) {
        return consents.stream()
                .filter(c -> c.purpose().id().equals(purpose))
                .findFirst()
                .orElseThrow(() -> new org.custodia.shared.NotFound("Consent purpose"));
    }
}
