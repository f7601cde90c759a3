package org.custodia.casework.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.ProcessingRestricted;
import org.custodia.casework.Restriction;
import org.custodia.casework.RestrictionNotice;
import org.custodia.platform.Tenancy;
import org.springframework.stereotype.Component;

/**
 * The check every ordinary use of a person's data passes (UK GDPR Art 18): a restricted person is
 * refused, and the refusal audited, unless the reader has stated a use the law still allows. Relied-on
 * uses are audited too, each time.
 */
@Component
public class RestrictionGate {

    private final RestrictionRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    RestrictionGate(RestrictionRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Nothing if the person is not restricted; the notice if the reader may use the data; otherwise refused. */
    public Optional<RestrictionNotice> requireUsable(PersonId person, String action) {
        Optional<Restriction> restriction = rows.current(person);
        if (restriction.isEmpty()) {
            return Optional.empty();
        }
        Restriction current = restriction.get();
        Optional<RestrictionRows.Use> use =
                rows.currentUse(person, Tenancy.requireActor().id(), current.restrictedAt(), clock.instant());
        requireUsable(person, use, action);
        return Optional.of(new RestrictionNotice(
                current.ground(),
                current.restrictedAt(),
                use.get().ground(),
                use.get().expiresAt()));
    }

    /**
     * The same decision for a restricted person whose restriction and the reader's current use of it
     * were read already (a case page reads them with the case): refused and audited without a use;
     * the use relied on audited with one.
     */
    public void requireUsable(PersonId person, Optional<RestrictionRows.Use> use, String action) {
        if (use.isEmpty()) {
            audit.recordRefusal(AuditRecord.of("person.restricted-refused", Outcome.DENIED)
                    .about("person", person)
                    .concerning(person.value())
                    .withDetail(action));
            throw new ProcessingRestricted(person);
        }
        audit.record(AuditRecord.of("person.restricted-used", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .forPurpose(use.get().ground().name())
                .withDetail(action));
    }

    public boolean isRestricted(PersonId person) {
        return rows.current(person).isPresent();
    }

    public Set<PersonId> restrictedAmong(Collection<PersonId> people) {
        return rows.restrictedAmong(people);
    }

    /** A restricted person in a list: named, so that they can be found, and marked, with nothing else. */
    public static PersonSummary masked(PersonSummary person) {
        return new PersonSummary(person.id(), person.name(), null, false, null, true);
    }
}
