package org.custodia.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.Restrictions;
import org.custodia.consent.ConsentNotGiven;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.Consents;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.NewDisclosure;
import org.custodia.governance.Recipient;
import org.custodia.governance.RecipientId;
import org.custodia.governance.SharingAgreement;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The rules every disclosure is recorded by, whether entered on a person's page or made by exporting
 * a case: the people must be ones the recorder may see; a routine disclosure needs an agreement in
 * force naming the recipient (refused and audited otherwise); one without consent opens a follow-up
 * to tell the person. Nothing is disclosed about a restricted person, or under an activity the person's
 * upheld objection stopped.
 */
@Component
public class DisclosureRecording {

    private final DisclosureRows rows;
    private final RecipientRows recipients;
    private final AgreementRows agreements;
    private final People people;
    private final ActorDirectory users;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final Consents consents;
    private final Restrictions restrictions;
    private final ObjectionCheck objections;

    DisclosureRecording(
            DisclosureRows rows,
            RecipientRows recipients,
            AgreementRows agreements,
            People people,
            ActorDirectory users,
            FieldEncryption encryption,
            AuditTrail audit,
            Clock clock,
            Consents consents,
            Restrictions restrictions,
            ObjectionCheck objections) {
        this.consents = consents;
        this.restrictions = restrictions;
        this.objections = objections;
        this.rows = rows;
        this.recipients = recipients;
        this.agreements = agreements;
        this.people = people;
        this.users = users;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    public DisclosureId record(NewDisclosure d, UUID caseId, String documentFormat) {
        List<PersonId> subjects = d.people() == null
                ? List.of()
                : d.people().stream().distinct().map(PersonId::new).toList();
        if (subjects.isEmpty()) {
            throw new InvalidInput("people", "Select the people whose data was shared");
        }
        for (PersonId subject : subjects) {
            PersonSummary person = people.summary(subject);
            // Restricted data is not disclosed (Art 18) unless the recorder stated a use the law allows;
            // an upheld objection stops disclosure under the activity objected to (Art 21).
            restrictions.requireUsable(subject, "disclosure");
            objections.requireNoneUpheld(subject, person.name());
        }
        Recipient recipient = check(d);
        if (d.basis() == DisclosureBasis.WITH_CONSENT) {
            requireConsent(subjects, new ConsentPurposeId(d.consentPurpose()));
        }
        UUID agreement =
                d.basis() == DisclosureBasis.ROUTINE ? agreementCovering(recipient, d, subjects, caseId) : null;
        Actor actor = Tenancy.requireActor();
        DisclosureId id = DisclosureId.random();
        boolean risk = d.basis() == DisclosureBasis.WITHOUT_CONSENT_RISK;
        PersonId reasonSubject = risk ? subjects.get(0) : null;
        rows.insert(
                new DisclosureRows.Row(
                        id,
                        recipient.id(),
                        recipient.name(),
                        d.disclosedOn(),
                        d.dataShared().trim(),
                        d.method().trim(),
                        d.basis(),
                        agreement,
                        null,
                        d.basis() == DisclosureBasis.STATUTORY
                                ? d.statutoryBasis().trim()
                                : null,
                        risk
                                ? encryption.encrypt(
                                        reasonSubject.subject(),
                                        reasonField(id),
                                        d.reason().trim())
                                : null,
                        reasonSubject,
                        risk ? d.decidedBy() : null,
                        risk ? d.decidedOn() : null,
                        caseId,
                        documentFormat,
                        actor.id().value(),
                        clock.instant(),
                        risk,
                        null,
                        null,
                        null,
                        null),
                subjects,
                actor.organisation());
        if (d.basis() == DisclosureBasis.WITH_CONSENT) {
            rows.relyOnConsent(id, d.consentPurpose(), actor.organisation());
        }
        for (PersonId subject : subjects) {
            audit.record(AuditRecord.of("disclosure.recorded", Outcome.SUCCESS)
                    .about("disclosure", id)
                    .concerning(subject.value())
                    .withDetail(d.basis().name() + (caseId == null ? "" : ", case export " + documentFormat)));
        }
        return id;
    }

    /**
     * The checks of {@link #record} that need no people, for a case export to run before the case is
     * read: an export that will be refused should not read (and audit reading) the case at all.
     */
    public void checkBeforeReading(NewDisclosure d, UUID caseId) {
        Recipient recipient = check(d);
        if (d.basis() == DisclosureBasis.ROUTINE) {
            agreementCovering(recipient, d, List.of(), caseId);
        }
    }

    /**
     * Sharing that relies on consent stops when consent is withdrawn: every person concerned must hold
     * a current consent to the purpose, asked now, never remembered.
     */
    private void requireConsent(List<PersonId> subjects, ConsentPurposeId purpose) {
        for (PersonId subject : subjects) {
            try {
                consents.requireCurrent(subject, purpose);
            } catch (ConsentNotGiven e) {
                throw new InvalidInput(
                        "consentPurpose",
                        people.summary(subject).name()
                                + " has not consented to this purpose, or has withdrawn their consent: share only on another basis");
            }
        }
    }

    public static FieldRef reasonField(DisclosureId id) {
        return FieldRef.of("disclosures", "reason", id.value());
    }

    private Recipient check(NewDisclosure d) {
        LocalDate today = UkCalendar.today(clock);
        Recipient recipient = d.recipient() == null
                ? null
                : recipients.find(new RecipientId(d.recipient())).orElse(null);
        Checks checks = Checks.start()
                .require(recipient != null, "recipient", "Select the recipient from the register")
                .require(d.disclosedOn() != null, "disclosedOn", "Enter the date the data was shared")
                .notFuture(d.disclosedOn(), today, "disclosedOn", "The date shared must be today or in the past")
                .text(d.dataShared(), 2000, "dataShared", "Enter what was shared, 2000 characters or fewer")
                .text(d.method(), 200, "method", "Enter how it was shared, for example secure email")
                .require(d.basis() != null, "basis", "Select why the data was shared");
        if (d.basis() == DisclosureBasis.WITH_CONSENT) {
            checks.require(d.consentPurpose() != null, "consentPurpose", "Select what the person consented to");
        }
        if (d.basis() == DisclosureBasis.STATUTORY) {
            checks.text(
                    d.statutoryBasis(),
                    500,
                    "statutoryBasis",
                    "Enter the law or order that requires it, for example the school census or a court order and its reference");
        }
        if (d.basis() == DisclosureBasis.WITHOUT_CONSENT_RISK) {
            checks.text(
                            d.reason(),
                            2000,
                            "reason",
                            "Enter why the data was shared without consent, 2000 characters or fewer")
                    .require(
                            d.decidedBy() != null
                                    && users.namesOf(Set.of(d.decidedBy())).containsKey(d.decidedBy()),
                            "decidedBy",
                            "Select who decided to share without consent")
                    .require(d.decidedOn() != null, "decidedOn", "Enter the date of the decision")
                    .notFuture(
                            d.decidedOn(), today, "decidedOn", "The date of the decision must be today or in the past")
                    .require(
                            d.decidedOn() == null
                                    || d.disclosedOn() == null
                                    || !d.decidedOn().isAfter(d.disclosedOn()),
                            "decidedOn",
                            "The decision must be on or before the date the data was shared");
        }
        checks.orThrow();
        return recipient;
    }

    private UUID agreementCovering(Recipient recipient, NewDisclosure d, List<PersonId> subjects, UUID caseId) {
        return agreements.naming(recipient.id(), d.disclosedOn()).stream()
                .filter(a -> a.status().coversSharing())
                .map(SharingAgreement::id)
                .map(id -> id.value())
                .findFirst()
                .orElseGet(() -> {
                    if (subjects.isEmpty()) {
                        audit.recordRefusal(AuditRecord.of("disclosure.refused", Outcome.DENIED)
                                .about("case", caseId)
                                .withDetail("ROUTINE without a sharing agreement in force"));
                    }
                    for (PersonId subject : subjects) {
                        audit.recordRefusal(AuditRecord.of("disclosure.refused", Outcome.DENIED)
                                .about("recipient", recipient.id())
                                .concerning(subject.value())
                                .withDetail("ROUTINE without a sharing agreement in force"));
                    }
                    throw new InvalidInput(
                            "basis",
                            "No sharing agreement with " + recipient.name() + " was in force on "
                                    + UkDates.format(d.disclosedOn())
                                    + ": an unsigned or expired agreement does not cover sharing");
                });
    }
}
