package org.custodia.casework;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.RelationshipRows;
import org.custodia.casework.internal.RestrictionGate;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships between people: parents, carers, siblings, relatives and professionals involved.
 * A reader sees a relationship only if they may see both people in it.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class Relationships {

    private final RelationshipRows rows;
    private final PeopleRows people;
    private final RestrictionGate restrictions;
    private final AuditTrail audit;
    private final Clock clock;

    Relationships(
            RelationshipRows rows, PeopleRows people, RestrictionGate restrictions, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.restrictions = restrictions;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records that {@code person} is the {@code kind} of {@code related}. */
    @Transactional
    public void record(PersonId person, RelationshipKind kind, PersonId related) {
        requireVisible(person);
        restrictions.requireUsable(person, "record a relationship");
        if (related == null || kind == null) {
            throw new InvalidInput(
                    related == null ? "related" : "kind",
                    related == null ? "Select the other person" : "Select how they are related");
        }
        requireVisible(related);
        if (person.equals(related)) {
            throw new InvalidInput("related", "A person cannot be related to themselves");
        }
        if (rows.exists(person, related, kind)) {
            throw new InvalidInput("related", "This relationship is already recorded");
        }
        rows.insert(Tenancy.requireActor().organisation(), person, related, kind, clock.instant());
        audit.record(AuditRecord.of("person.relationship-recorded", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .withDetail(kind.name() + " of " + related));
    }

    /** The person's relationships with people the reader may also see. */
    @Transactional
    public List<Relationship> of(PersonId person) {
        requireVisible(person);
        restrictions.requireUsable(person, "list relationships");
        List<Relationship> shown = rows.of(person).stream()
                .map(link -> summary(link.person())
                        .flatMap(from -> summary(link.related()).map(to -> new Relationship(from, link.kind(), to))))
                .flatMap(Optional::stream)
                .toList();
        audit.record(AuditRecord.of("person.relationships-viewed", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .withDetail("relationships shown: " + shown.size()));
        return shown;
    }

    /** Whom the person could be related to: the other people the reader can see. */
    @Transactional(readOnly = true)
    public List<PersonSummary> candidates(PersonId person) {
        return people.visibleTo(Tenancy.requireActor().id(), clock.instant()).stream()
                .filter(candidate -> !candidate.id().equals(person))
                .toList();
    }

    private Optional<PersonSummary> summary(PersonId id) {
        if (!people.visible(id, Tenancy.requireActor().id(), clock.instant())) {
            return Optional.empty();
        }
        return people.find(id)
                .map(d -> new PersonSummary(id, d.fullName(), d.dateOfBirth(), d.deceased(), d.profession()));
    }

    private void requireVisible(PersonId id) {
        if (id == null || summary(id).isEmpty()) {
            throw new NotFound("Person");
        }
    }
}
