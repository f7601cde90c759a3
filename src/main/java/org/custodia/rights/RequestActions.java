package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.RecordedValue;
import org.custodia.casework.Rectifications;
import org.custodia.casework.RestrictionGround;
import org.custodia.casework.Restrictions;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentingParty;
import org.custodia.consent.Consents;
import org.custodia.consent.Withdrawal;
import org.custodia.correspondence.LetterKind;
import org.custodia.governance.Disclosures;
import org.custodia.governance.Objection;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ObjectionId;
import org.custodia.governance.ObjectionKind;
import org.custodia.governance.Objections;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RecipientNotices;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on rectification, restriction, objection and consent withdrawal requests for a person the
 * request is matched to, through the modules that own the data (casework, governance, consent), with
 * the request as the reference; then the outcome letter to the requester and, for a rectification or a
 * restriction, the notice to every recipient of the person's data (Art 19). Each in one transaction:
 * a step that fails leaves nothing half-done.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestActions {

    private static final Set<RequestKind> RESTRICTING = EnumSet.of(
            RequestKind.RESTRICTION,
            RequestKind.RECTIFICATION,
            RequestKind.OBJECTION,
            RequestKind.OBJECTION_AUTOMATED_DECISIONS);

    private final RequestRows rows;
    private final Matches matches;
    private final PersonDirectory people;
    private final Rectifications rectifications;
    private final Restrictions restrictions;
    private final Objections objections;
    private final Consents consents;
    private final Disclosures disclosures;
    private final RecipientNotices notices;
    private final RequesterLetters letters;
    private final PersonalDetails details;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;

    RequestActions(
            RequestRows rows,
            Matches matches,
            PersonDirectory people,
            Rectifications rectifications,
            Restrictions restrictions,
            Objections objections,
            Consents consents,
            Disclosures disclosures,
            RecipientNotices notices,
            RequesterLetters letters,
            PersonalDetails details,
            History history,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.matches = matches;
        this.people = people;
        this.rectifications = rectifications;
        this.restrictions = restrictions;
        this.objections = objections;
        this.consents = consents;
        this.disclosures = disclosures;
        this.notices = notices;
        this.letters = letters;
        this.details = details;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Corrects a value (named by its code, e.g. {@code LAST_NAME}) and tells the recipients. */
    @Transactional
    public UUID correct(RightsRequestId id, PersonId person, String valueCode, String newValue) {
        RequestRow row = open(id, EnumSet.of(RequestKind.RECTIFICATION));
        PersonSummary who = matched(id, person);
        RecordedValue value = RecordedValue.parse(valueCode);
        UUID entry = rectifications.correct(person, value, newValue, id.value());
        String what = value.label().toLowerCase();
        done(id, "rights-request.rectified", person, value.field().name(), "Corrected the " + what);
        notices.notify(
                id,
                disclosures.recipientsOf(person),
                ErasureDecisions.describe(who),
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
        RequestRow row = open(id, EnumSet.of(RequestKind.RECTIFICATION));
        PersonSummary who = matched(id, person);
        RecordedValue value = RecordedValue.parse(valueCode);
        UUID entry = rectifications.addStatement(person, value, statement, id.value());
        String what = value.label().toLowerCase();
        done(id, "rights-request.statement-added", person, value.field().name(), "Statement added to the " + what);
        letters.send(
                row,
                LetterKind.RECTIFICATION_OUTCOME,
                Map.of(
                        "outcome",
                        "We kept the " + what + " in the records about " + who.name()
                                + " as recorded, and added your statement to it."));
        return entry;
    }

    /** Restricts the person's data on the ground given and tells the recipients. */
    @Transactional
    public UUID restrict(RightsRequestId id, PersonId person, RestrictionGround ground) {
        RequestRow row = open(id, RESTRICTING);
        PersonSummary who = matched(id, person);
        UUID restriction = restrictions.restrict(person, ground, id.value());
        done(
                id,
                "rights-request.restricted",
                person,
                ground.name(),
                "Restricted: " + ground.label().toLowerCase());
        notices.notify(
                id,
                disclosures.recipientsOf(person),
                ErasureDecisions.describe(who),
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
        RequestRow row = open(id, RESTRICTING);
        matched(id, person);
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
        done(
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
        open(id, RESTRICTING);
        matched(id, person);
        restrictions.lift(person, personToldOn, id.value());
        done(
                id,
                "rights-request.restriction-lifted",
                person,
                null,
                "Restriction lifted; the person was told on " + personToldOn);
    }

    /** Records the objection to the activity and decides it at once; continuing needs the compelling grounds. */
    @Transactional
    public ObjectionId object(
            RightsRequestId id,
            PersonId person,
            ProcessingActivityId activity,
            ObjectionDecision decision,
            String grounds) {
        RequestRow row = open(id, EnumSet.of(RequestKind.OBJECTION, RequestKind.OBJECTION_AUTOMATED_DECISIONS));
        PersonSummary who = matched(id, person);
        ObjectionKind kind = row.kind() == RequestKind.OBJECTION_AUTOMATED_DECISIONS
                ? ObjectionKind.AUTOMATED_DECISIONS
                : ObjectionKind.PROCESSING;
        ObjectionId objection = objections.record(person, activity, kind, row.receivedOn(), id.value());
        objections.decide(objection, decision, grounds, id.value());
        Objection decided = objections.get(objection);
        done(
                id,
                "rights-request.objection-decided",
                person,
                kind.name() + " " + decision.name(),
                "Objection to " + decided.activityName() + ": "
                        + decision.label().toLowerCase());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "outcome",
                decision == ObjectionDecision.UPHELD
                        ? "We have upheld your objection: we have stopped " + decided.activityName() + " for "
                                + who.name() + "."
                        : "We will continue " + decided.activityName() + " for " + who.name()
                                + ", because we have compelling legitimate grounds that override your interests,"
                                + " rights and freedoms.");
        values.put("reasons", decision == ObjectionDecision.CONTINUED ? decided.grounds() : "");
        letters.send(row, LetterKind.OBJECTION_OUTCOME, values);
        return objection;
    }

    /** Withdraws the person's consent to the purpose, as the requester asked (by them or on their behalf). */
    @Transactional
    public void withdrawConsent(
            RightsRequestId id, PersonId person, ConsentPurposeId purpose, ConsentMethod method, LocalDate on) {
        RequestRow row = open(id, EnumSet.of(RequestKind.CONSENT_WITHDRAWAL));
        matched(id, person);
        NewRightsRequest request = details.open(row);
        ConsentingParty by = row.authority() == Authority.SELF
                ? ConsentingParty.thePerson()
                : ConsentingParty.onBehalf(
                        request.requester().name(), row.authority().label(), null);
        if (purpose == null) {
            throw new InvalidInput("purposeId", "Select the consent to withdraw");
        }
        consents.withdraw(person, purpose, new Withdrawal(by, method, on));
        done(id, "rights-request.consent-withdrawn", person, purpose.value().toString(), "Consent withdrawn on " + on);
    }

    private RequestRow open(RightsRequestId id, Set<RequestKind> kinds) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        if (!kinds.contains(row.kind())) {
            throw new InvalidInput(
                    "request",
                    "This action does not belong to a request for " + row.kind().label());
        }
        return row;
    }

    private PersonSummary matched(RightsRequestId id, PersonId person) {
        boolean isMatched = person != null
                && matches.of(id).stream().anyMatch(m -> m.person().equals(person));
        if (!isMatched) {
            throw new InvalidInput("person", "Select a person the request is matched to");
        }
        return people.find(person)
                .orElseThrow(() -> new InvalidInput("person", "This person is no longer in our records"));
    }

    private void done(RightsRequestId id, String action, PersonId person, String detail, String entry) {
        history.add(id, entry);
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(person.value())
                .withDetail(detail));
    }

    /** The recipients of each matched person's data: the person may ask who they are (Art 19). */
    @Transactional
    public List<PersonRecipients> recipients(RightsRequestId id) {
        rows.get(id);
        return matches.of(id).stream()
                .flatMap(m -> people.find(m.person()).stream())
                .map(p -> new PersonRecipients(p, disclosures.recipientsOf(p.id())))
                .toList();
    }

    public record PersonRecipients(PersonSummary person, List<org.custodia.governance.DataReceived> received) {}
}
