package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.RestrictionGround;
import org.custodia.casework.Restrictions;
import org.custodia.correspondence.LetterKind;
import org.custodia.governance.Disclosures;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.internal.RecipientNotices;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricting a matched person's data (UK GDPR Art 18), on a restriction request or while a rectification or
 * an objection is weighed, through casework with the request as the reference: restricted and every recipient
 * told (Art 19), the person told before the restriction is lifted (Art 18(3)), and then lifted. Each in one
 * transaction. A class of its own (once part of {@code RequestActions}) so that the restriction's steps,
 * and the clock the lifting notice needs, are in one place.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestRestrictions {

    private static final Set<RequestKind> RESTRICTING = EnumSet.of(
            RequestKind.RESTRICTION,
            RequestKind.RECTIFICATION,
            RequestKind.OBJECTION,
            RequestKind.OBJECTION_AUTOMATED_DECISIONS);

    private final MatchedPeople matched;
    private final Restrictions restrictions;
    private final Disclosures disclosures;
    private final RecipientNotices notices;
    private final RequesterLetters letters;
    private final Clock clock;

    RequestRestrictions(
            MatchedPeople matched,
            Restrictions restrictions,
            Disclosures disclosures,
            RecipientNotices notices,
            RequesterLetters letters,
            Clock clock) {
        this.matched = matched;
        this.restrictions = restrictions;
        this.disclosures = disclosures;
        this.notices = notices;
        this.letters = letters;
        this.clock = clock;
    }

    /** Restricts the person's data on the ground given and tells the recipients. */
    @Transactional
    public UUID restrict(RightsRequestId id, PersonId person, RestrictionGround ground) {
        RequestRow row = matched.open(id, RESTRICTING);
        PersonSummary who = matched.matched(id, person);
        UUID restriction = restrictions.restrict(person, ground, id.value());
        matched.done(
                id,
                "rights-request.restricted",
                person,
                ground.name(),
                "Restricted: " + ground.label().toLowerCase());
        notices.notify(
                id,
                disclosures.recipientsOf(person),
                MatchedPeople.describe(who),
                NotifiedChange.RESTRICTION,
                "We have restricted the processing of their information (UK GDPR Article 18): "
                        + ground.label().toLowerCase()
                        + ". Please restrict the copies you hold in the same way until we tell you otherwise.");
        letters.send(
                row,
                LetterKind.RESTRICTION_OUTCOME,
                Map.of(
                        "outcome",
                        "We have restricted the use of the information about " + who.name() + ". Reason: "
                                + ground.label().toLowerCase() + "."));
        return restriction;
    }

    /** Tells the person, by letter, that the restriction will be lifted and why (Art 18(3)): before lifting. */
    @Transactional
    public void tellBeforeLifting(RightsRequestId id, PersonId person, LocalDate liftOn, String reasons) {
        RequestRow row = matched.open(id, RESTRICTING);
        matched.matched(id, person);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!restrictions.isRestricted(person)) {
            errors.put("person", "This person's data is not restricted");
        }
        if (liftOn == null) {
            errors.put("liftOn", "Enter the date the restriction is to be lifted");
        } else if (liftOn.isBefore(UkCalendar.today(clock))) {
            errors.put("liftOn", "The date the restriction is to be lifted must be today or in the future");
        }
        String text = RequestRules.tidy(reasons);
        RequestRules.required(errors, "reasons", text, 2000, "Enter why the restriction is to be lifted");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        letters.send(
                row,
                LetterKind.RESTRICTION_TO_BE_LIFTED,
                Map.of("liftOn", RequestClock.format(liftOn), "reasons", text));
        matched.done(
                id,
                "rights-request.restriction-lift-notified",
                person,
                "lift on " + liftOn,
                "The person was told on " + UkCalendar.today(clock) + " that the restriction will be lifted on "
                        + liftOn);
    }

    /** Lifts the restriction; casework refuses unless the person was told first. */
    @Transactional
    public void lift(RightsRequestId id, PersonId person, LocalDate personToldOn) {
        matched.open(id, RESTRICTING);
        matched.matched(id, person);
        restrictions.lift(person, personToldOn, id.value());
        matched.done(
                id,
                "rights-request.restriction-lifted",
                person,
                null,
                "Restriction lifted; the person was told on " + personToldOn);
    }
}
