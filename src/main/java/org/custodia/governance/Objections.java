package org.custodia.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.governance.internal.ActivityRows;
import org.custodia.governance.internal.Checks;
import org.custodia.governance.internal.ObjectionRows;
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
 * Objections (UK GDPR Art 21 and 22), for the DPO: a person objects to a processing activity, or to its
 * automated decisions and profiling; the DPO upholds the objection (the processing stops for them:
 * their data is no longer disclosed under it) or continues it, recording the compelling legitimate
 * grounds. {@code request} is the rights request acted on, or null.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class Objections {

    private final ObjectionRows rows;
    private final ActivityRows activities;
    private final PersonDirectory directory;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Objections(
            ObjectionRows rows,
            ActivityRows activities,
            PersonDirectory directory,
            FieldEncryption encryption,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.activities = activities;
        this.directory = directory;
        this.encryption = encryption;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ObjectionId record(
            PersonId person, ProcessingActivityId activity, ObjectionKind kind, LocalDate receivedOn, UUID request) {
        requirePerson(person);
        ProcessingActivity found =
                activity == null ? null : activities.find(activity).orElse(null);
        Checks.start()
                .require(found != null, "activity", "Select the processing activity objected to")
                .require(kind != null, "kind", "Select what the person objects to")
                .require(receivedOn != null, "receivedOn", "Enter the date the objection was received")
                .notFuture(
                        receivedOn,
                        UkCalendar.today(clock),
                        "receivedOn",
                        "The date received must be today or in the past")
                .orThrow();
        if (kind == ObjectionKind.PROCESSING
                && found.details().lawfulBasis() != LawfulBasis.PUBLIC_TASK
                && found.details().lawfulBasis() != LawfulBasis.LEGITIMATE_INTERESTS) {
            throw new InvalidInput(
                    "activity",
                    "The right to object (Article 21) covers processing on public task or legitimate interests only;"
                            + " this activity relies on "
                            + (found.details().lawfulBasis() == null
                                    ? "no recorded lawful basis"
                                    : found.details().lawfulBasis().label().toLowerCase()));
        }
        Actor actor = Tenancy.requireActor();
        ObjectionId id = ObjectionId.random();
        rows.insert(id, actor.organisation(), person, activity, kind, receivedOn, request, actor.id(), clock.instant());
        audit.record(AuditRecord.of("objection.recorded", Outcome.SUCCESS)
                .about("objection", id)
                .concerning(person.value())
                .withDetail(kind.name() + " activity " + activity + (request == null ? "" : "; request " + request)));
        return id;
    }

    /** Upholds or continues; continuing needs the compelling legitimate grounds. Decided once. */
    @Transactional
    public void decide(ObjectionId id, ObjectionDecision decision, String grounds, UUID request) {
        ObjectionRows.Row row = rows.find(id).orElseThrow(() -> new NotFound("Objection"));
        String text = Checks.trimmed(grounds);
        Checks.start()
                .require(row.decision() == null, "decision", "This objection has already been decided")
                .require(decision != null, "decision", "Select the decision")
                .require(
                        decision != ObjectionDecision.CONTINUED || text != null,
                        "grounds",
                        "Enter the compelling legitimate grounds that override the person's interests, rights and freedoms")
                .optionalText(text, 5000, "grounds", "The grounds must be 5000 characters or fewer")
                .orThrow();
        Actor actor = Tenancy.requireActor();
        Instant now = clock.instant();
        rows.decide(
                id,
                decision,
                text == null ? null : encryption.encrypt(row.person().subject(), groundsField(id), text),
                request,
                actor.id(),
                now);
        audit.record(AuditRecord.of("objection.decided", Outcome.SUCCESS)
                .about("objection", id)
                .concerning(row.person().value())
                .withDetail(decision.name() + (request == null ? "" : "; request " + request)));
        events.publishEvent(
                new ObjectionDecided(actor.organisation(), row.person(), id, row.activity(), decision, request, now));
    }

    @Transactional
    public List<Objection> of(PersonId person) {
        requirePerson(person);
        List<Objection> found = rows.of(person).stream().map(this::objection).toList();
        audit.record(AuditRecord.of("objection.listed", Outcome.SUCCESS)
                .concerning(person.value())
                .withDetail("objections: " + found.size()));
        return found;
    }

    /** The person's objection, for the DPO's page about it. */
    @Transactional
    public Objection get(ObjectionId id) {
        Objection found = rows.find(id).map(this::objection).orElseThrow(() -> new NotFound("Objection"));
        audit.record(AuditRecord.of("objection.viewed", Outcome.SUCCESS)
                .about("objection", id)
                .concerning(found.person().value()));
        return found;
    }

    private Objection objection(ObjectionRows.Row r) {
        return new Objection(
                r.id(),
                r.person(),
                r.activity(),
                r.activityName(),
                r.kind(),
                r.receivedOn(),
                r.request(),
                r.decision(),
                grounds(r),
                r.decidedAt());
    }

    private String grounds(ObjectionRows.Row r) {
        if (r.grounds() == null) {
            return null;
        }
        try {
            return encryption.decrypt(r.person().subject(), groundsField(r.id()), r.grounds());
        } catch (ErasedSubject e) {
            return "(erased)";
        } catch (UnreadableValue e) {
            return "(cannot be shown: the stored value has been altered)";
        }
    }

    private void requirePerson(PersonId person) {
        if (directory.find(person).isEmpty()) {
            throw new NotFound("Person");
        }
    }

    private static FieldRef groundsField(ObjectionId id) {
        return FieldRef.of("processing_objections", "grounds", id.value());
    }
}
