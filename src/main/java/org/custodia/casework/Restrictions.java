package org.custodia.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.RestrictionGate;
import org.custodia.casework.internal.RestrictionRows;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
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
 * Restriction of processing (UK GDPR Art 18): the DPO restricts a person's data and lifts the
 * restriction once the person has been told; meanwhile the data is stored but refused to ordinary use,
 * and a practitioner uses it only by stating an Art 18(2) ground. {@code request} is the rights request
 * acted on, or null.
 */
@Component
public class Restrictions {

    private final RestrictionRows rows;
    private final RestrictionGate gate;
    private final PeopleRows people;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Restrictions(
            RestrictionRows rows,
            RestrictionGate gate,
            PeopleRows people,
            FieldEncryption encryption,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.gate = gate;
        this.people = people;
        this.encryption = encryption;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public UUID restrict(PersonId person, RestrictionGround ground, UUID request) {
        requireExists(person);
        if (ground == null) {
            throw new InvalidInput("ground", "Select why the data is restricted");
        }
        if (rows.current(person).isPresent()) {
            throw new InvalidInput("ground", "This person's data is already restricted");
        }
        Actor actor = Tenancy.requireActor();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        rows.insert(id, actor.organisation(), person, ground, request, actor.id(), now);
        audit.record(AuditRecord.of("person.restricted", Outcome.SUCCESS)
                .about("person-restriction", id)
                .concerning(person.value())
                .withDetail(ground.name() + (request == null ? "" : "; request " + request)));
        events.publishEvent(new PersonRestricted(actor.organisation(), person, id, ground, request, now));
        return id;
    }

    /** Lifts the current restriction: the person must have been told first (Art 18(3)). */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public void lift(PersonId person, LocalDate personToldOn, UUID request) {
        requireExists(person);
        Restriction current = rows.current(person)
                .orElseThrow(() -> new InvalidInput("personToldOn", "This person's data is not restricted"));
        LocalDate today = UkCalendar.today(clock);
        if (personToldOn == null) {
            throw new InvalidInput("personToldOn", "Enter the date the person was told the restriction will be lifted");
        }
        if (personToldOn.isAfter(today)) {
            throw new InvalidInput(
                    "personToldOn",
                    "The person must be told before the restriction is lifted: enter a date today or in the past");
        }
        if (personToldOn.isBefore(current.restrictedAt().atZone(UkCalendar.ZONE).toLocalDate())) {
            throw new InvalidInput("personToldOn", "The date told must be on or after the date of the restriction");
        }
        Actor actor = Tenancy.requireActor();
        Instant now = clock.instant();
        rows.lift(current.id(), personToldOn, request, actor.id(), now);
        audit.record(AuditRecord.of("person.restriction-lifted", Outcome.SUCCESS)
                .about("person-restriction", current.id())
                .concerning(person.value())
                .withDetail("person told " + personToldOn + (request == null ? "" : "; request " + request)));
        events.publishEvent(
                new RestrictionLifted(actor.organisation(), person, current.id(), personToldOn, request, now));
    }

    /** Every restriction of the person, current first. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<Restriction> history(PersonId person) {
        requireExists(person);
        List<Restriction> found = rows.history(person);
        audit.record(AuditRecord.of("person.restrictions-viewed", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value()));
        return found;
    }

    /**
     * States a use the law still allows (Art 18(2)) so that the reader may use the restricted data for
     * it, for a working day. Need-to-know still applies. Returns when the use lapses.
     */
    @Transactional
    @PreAuthorize("hasRole('PRACTITIONER')")
    public Instant allowUse(PersonId person, AllowedUse ground, String note) {
        Actor actor = Tenancy.requireActor();
        if (people.find(person).isEmpty() || !people.visible(person, actor.id(), clock.instant())) {
            throw new NotFound("Person");
        }
        if (rows.current(person).isEmpty()) {
            throw new InvalidInput("ground", "This person's data is not restricted");
        }
        String trimmed = note == null ? "" : note.trim();
        if (ground == null) {
            throw new InvalidInput("ground", "Select the use the law still allows");
        }
        if (trimmed.isEmpty() || trimmed.length() > 2000) {
            throw new InvalidInput("note", "Enter what you need the data for, 2000 characters or fewer");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        rows.grantUse(
                id,
                actor.organisation(),
                person,
                actor.id(),
                ground,
                encryption.encrypt(person.subject(), FieldRef.of("restricted_uses", "note", id), trimmed),
                now);
        audit.record(AuditRecord.of("person.restricted-use-stated", Outcome.SUCCESS)
                .about("restricted-use", id)
                .concerning(person.value())
                .forPurpose(ground.name()));
        return now.plus(RestrictionRows.USE_LASTS);
    }

    /** Whether the person's data is restricted now: for other modules, which audit their own use. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public boolean isRestricted(PersonId person) {
        return gate.isRestricted(person);
    }

    /**
     * For other modules about to use a person's data (a disclosure, an export): refused with
     * {@link ProcessingRestricted}, and audited, unless the person is not restricted or the reader has
     * stated an allowed use.
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public void requireUsable(PersonId person, String action) {
        gate.requireUsable(person, action);
    }

    private void requireExists(PersonId person) {
        if (people.find(person).isEmpty()) {
            throw new NotFound("Person");
        }
    }
}
