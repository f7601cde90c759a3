package org.custodia.rights;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.RecordedValue;
import org.custodia.casework.Rectifications;
import org.custodia.correspondence.LetterKind;
import org.custodia.governance.Disclosures;
import org.custodia.rights.internal.RecipientNotices;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequesterLetters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on a rectification request (UK GDPR Art 16) for a matched person, through casework with the request
 * as the reference: a value corrected, and every recipient of the person's data told (Art 19), or the value
 * kept with the person's statement attached; then the outcome letter. Each in one transaction: a step that
 * fails leaves nothing half-done. A class of its own (once part of {@code RequestActions}) so that each
 * right's actions need only the modules that right touches.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestRectifications {

    private final MatchedPeople matched;
    private final Rectifications rectifications;
    private final Disclosures disclosures;
    private final RecipientNotices notices;
    private final RequesterLetters letters;

    RequestRectifications(
            MatchedPeople matched,
            Rectifications rectifications,
            Disclosures disclosures,
            RecipientNotices notices,
            RequesterLetters letters) {
        this.matched = matched;
        this.rectifications = rectifications;
        this.disclosures = disclosures;
        this.notices = notices;
        this.letters = letters;
    }

    /** Corrects a value (named by its code, e.g. {@code LAST_NAME}) and tells the recipients. */
    @Transactional
    public UUID correct(RightsRequestId id, PersonId person, String valueCode, String newValue) {
        RequestRow row = matched.open(id, EnumSet.of(RequestKind.RECTIFICATION));
        PersonSummary who = matched.matched(id, person);
        RecordedValue value = RecordedValue.parse(valueCode);
        UUID entry = rectifications.correct(person, value, newValue, id.value());
        String what = value.label().toLowerCase();
        matched.done(id, "rights-request.rectified", person, value.field().name(), "Corrected the " + what);
        notices.notify(
                id,
                disclosures.recipientsOf(person),
                MatchedPeople.describe(who),
                NotifiedChange.RECTIFICATION,
                "We corrected their " + what
                        + (value.sensitive()
                                ? ". Please contact us for the corrected value."
                                : " to: " + newValue.trim())
                        + " Please correct the copies you hold.");
        letters.send(
                row,
                LetterKind.RECTIFICATION_OUTCOME,
                Map.of("outcome", "We corrected the " + what + " in the records about " + who.name() + "."));
        return entry;
    }

    /** Keeps the value as recorded and attaches the person's own statement to it. */
    @Transactional
    public UUID addStatement(RightsRequestId id, PersonId person, String valueCode, String statement) {
        RequestRow row = matched.open(id, EnumSet.of(RequestKind.RECTIFICATION));
        PersonSummary who = matched.matched(id, person);
        RecordedValue value = RecordedValue.parse(valueCode);
        UUID entry = rectifications.addStatement(person, value, statement, id.value());
        String what = value.label().toLowerCase();
        matched.done(
                id, "rights-request.statement-added", person, value.field().name(), "Statement added to the " + what);
        letters.send(
                row,
                LetterKind.RECTIFICATION_OUTCOME,
                Map.of(
                        "outcome",
                        "We kept the " + what + " in the records about " + who.name()
                                + " as recorded, and added your statement to it."));
        return entry;
    }
}
