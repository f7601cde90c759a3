package org.custodia.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.consent.internal.ConsentEventRows;
import org.custodia.consent.internal.ConsentEventRows.StoredEvent;
import org.custodia.consent.internal.ConsentRules;
import org.custodia.consent.internal.PersonAccess;
import org.custodia.consent.internal.PurposeRows;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's consents to the organisation's purposes: given and withdrawn as events that are never
 * changed, so the history stays; the latest event is the current state. Processing that relies on
 * consent asks {@link #isCurrent} or {@link #requireCurrent} each time, so it stops as soon as consent
 * is withdrawn ({@link ConsentWithdrawn} is published as well).
 */
@Component
public class Consents {

    private final ConsentEventRows events;
    private final PurposeRows purposes;
    private final PersonAccess access;
    private final ActorDirectory actors;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;
    private final Clock clock;

    Consents(
            ConsentEventRows events,
            PurposeRows purposes,
            PersonAccess access,
            ActorDirectory actors,
            ApplicationEventPublisher publisher,
            AuditTrail audit,
            Clock clock) {
        this.events = events;
        this.purposes = purposes;
        this.access = access;
        this.actors = actors;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every purpose of the organisation with the person's consent to it, current state and history. */
    @Transactional
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'DATA_PROTECTION_OFFICER')")
    public PersonConsents of(PersonId person) {
        PersonSummary summary = access.require(person, "consent.viewed");
        List<StoredEvent> stored = events.of(person);
        Map<UUID, String> names =
                actors.namesOf(stored.stream().map(StoredEvent::recordedBy).collect(Collectors.toSet()));
        Map<ConsentPurposeId, List<ConsentEvent>> byPurpose = new HashMap<>();
        for (StoredEvent e : stored) {
            byPurpose
                    .computeIfAbsent(e.purpose(), k -> new java.util.ArrayList<>())
                    .add(named(e, names.getOrDefault(e.recordedBy(), "A former user")));
        }
        List<ConsentRecord> records = purposes.all().stream()
                .map(purpose -> {
                    List<ConsentEvent> history = byPurpose.getOrDefault(purpose.id(), List.of());
                    boolean current = !history.isEmpty() && history.get(0).kind() == ConsentEvent.Kind.GIVEN;
                    return new ConsentRecord(purpose, current, history);
                })
                .toList();
        audit.record(AuditRecord.of("consent.viewed", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .withDetail("events shown: " + stored.size()));
        return new PersonConsents(summary, records);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'DATA_PROTECTION_OFFICER')")
    public void give(PersonId person, NewConsent consent) {
        access.require(person, "consent.given");
        if (consent == null || consent.purposeId() == null) {
            throw new InvalidInput("purposeId", "Select what the person consented to");
        }
        ConsentPurpose purpose = lockPurpose(consent.purposeId());
        int version =
                consent.wordingVersion() == null ? purpose.currentWording().version() : consent.wordingVersion();
        UUID wording = purposes.wordingId(purpose.id(), version)
                .orElseThrow(() -> new InvalidInput(
                        "wordingVersion",
                        "This purpose has no wording version " + version + "; the current one is version "
                                + purpose.currentWording().version()));
        check(consent.givenBy(), consent.method(), consent.givenOn(), "given");
        if (isCurrentInTransaction(person, purpose.id())) {
            throw new InvalidInput(
                    "purposeId",
                    "Consent to " + purpose.name() + " is already given. Withdraw it before recording it again");
        }
        Actor actor = Tenancy.requireActor();
        UUID id = events.append(
                actor.organisation(),
                person,
                purpose.id(),
                ConsentEvent.Kind.GIVEN,
                wording,
                consent.givenBy(),
                consent.method(),
                consent.givenOn(),
                actor.id(),
                clock.instant());
        audit.record(AuditRecord.of("consent.given", Outcome.SUCCESS)
                .about("consent", id)
                .concerning(person.value())
                .withDetail(
                        detail(purpose.id(), consent.givenBy(), consent.method()) + "; wording version: " + version));
        publisher.publishEvent(
                new ConsentGiven(actor.organisation(), person, purpose.id(), version, consent.givenOn()));
    }

    /** Withdraws current consent: the same page and the same few answers as giving it. */
    @Transactional
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'DATA_PROTECTION_OFFICER')")
    public void withdraw(PersonId person, ConsentPurposeId purposeId, Withdrawal withdrawal) {
        access.require(person, "consent.withdrawn");
        ConsentPurpose purpose = lockPurpose(purposeId);
        if (withdrawal == null) {
            throw new InvalidInput("method", "Select how consent was withdrawn");
        }
        check(withdrawal.withdrawnBy(), withdrawal.method(), withdrawal.withdrawnOn(), "withdrawn");
        ConsentEvent latest = events.latest(person, purpose.id())
                .filter(event -> event.kind() == ConsentEvent.Kind.GIVEN)
                .orElseThrow(() -> new InvalidInput(
                        "purposeId", "Consent to " + purpose.name() + " is not given, so it cannot be withdrawn"));
        ConsentRules.checkWithdrawalDate(withdrawal.withdrawnOn(), latest.on());
        Actor actor = Tenancy.requireActor();
        UUID id = events.append(
                actor.organisation(),
                person,
                purpose.id(),
                ConsentEvent.Kind.WITHDRAWN,
                null,
                withdrawal.withdrawnBy(),
                withdrawal.method(),
                withdrawal.withdrawnOn(),
                actor.id(),
                clock.instant());
        audit.record(AuditRecord.of("consent.withdrawn", Outcome.SUCCESS)
                .about("consent", id)
                .concerning(person.value())
                .withDetail(detail(purpose.id(), withdrawal.withdrawnBy(), withdrawal.method())));
        publisher.publishEvent(
                new ConsentWithdrawn(actor.organisation(), person, purpose.id(), withdrawal.withdrawnOn()));
    }

    /**
     * Whether the person's consent to the purpose is current (given and not withdrawn since), in the
     * current organisation. For processing that relies on consent: ask every time, never cache.
     */
    @Transactional(readOnly = true)
    public boolean isCurrent(PersonId person, ConsentPurposeId purpose) {
        return isCurrentInTransaction(person, purpose);
    }

    /**
     * Stops processing that relies on consent unless the person's consent to the purpose is current:
     * throws {@link ConsentNotGiven} (a 409 problem in the API, an explanation on pages), and audits
     * the refusal.
     */
    @Transactional
    public void requireCurrent(PersonId person, ConsentPurposeId purpose) {
        if (!isCurrentInTransaction(person, purpose)) {
            audit.recordRefusal(AuditRecord.of("consent.required", Outcome.DENIED)
                    .about("consent-purpose", purpose)
                    .concerning(person.value()));
            throw new ConsentNotGiven(person, purpose);
        }
    }

    private boolean isCurrentInTransaction(PersonId person, ConsentPurposeId purpose) {
        return events.latest(person, purpose)
                .filter(event -> event.kind() == ConsentEvent.Kind.GIVEN)
                .isPresent();
    }

    private ConsentPurpose lockPurpose(ConsentPurposeId id) {
        // Serialises concurrent gives and withdrawals for the purpose, so "already given" holds.
        if (id == null || !purposes.lock(id)) {
            throw new InvalidInput("purposeId", "Select a purpose of your organisation");
        }
        return purposes.find(id).orElseThrow(() -> new NotFound("Consent purpose"));
    }

    private void check(ConsentingParty by, ConsentMethod method, LocalDate on, String verb) {
        Map<String, String> errors = ConsentRules.problems(by, method, on, UkCalendar.today(clock), verb);
        if (by != null && by.onBehalf() && by.personId() != null && !access.canName(by.personId())) {
            errors.put("byPersonId", "Choose someone in your records, or leave it empty");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static ConsentEvent named(StoredEvent stored, String recordedBy) {
        ConsentEvent e = stored.event();
        return new ConsentEvent(e.kind(), e.wording(), e.by(), e.method(), e.on(), recordedBy, e.recordedAt());
    }

    private static String detail(ConsentPurposeId purpose, ConsentingParty by, ConsentMethod method) {
        return "purpose: " + purpose + "; method: " + method.name() + "; on behalf: " + by.onBehalf();
    }
}
