package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.DeathReviewRows;
import org.custodia.casework.internal.InputChecks;
import org.custodia.casework.internal.NoConditionForSensitiveData;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.PeopleSearch;
import org.custodia.casework.internal.PersonRules;
import org.custodia.casework.internal.RestrictionGate;
import org.custodia.casework.internal.SensitiveFields;
import org.custodia.casework.internal.StatementReader;
import org.custodia.casework.spi.SpecialCategoryConditions;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in an organisation's records, for practitioners. Every read is audited with the fields
 * shown and withheld; special-category values are shown only to holders of a sensitive-data grant.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class People {

    private final PeopleRows rows;
    private final PeopleSearch search;
    private final SensitiveFields sensitive;
    private final DeathReviewRows deathReviews;
    private final SensitiveDataAccess grants;
    private final SpecialCategoryConditions conditions;
    private final CaseRows cases;
    private final RestrictionGate restrictions;
    private final StatementReader statements;
    private final AuditTrail audit;
    private final Clock clock;

    People(
            PeopleRows rows,
            PeopleSearch search,
            SensitiveFields sensitive,
            DeathReviewRows deathReviews,
            SensitiveDataAccess grants,
            ObjectProvider<SpecialCategoryConditions> conditions,
            CaseRows cases,
            RestrictionGate restrictions,
            StatementReader statements,
            AuditTrail audit,
            Clock clock) {
        this.restrictions = restrictions;
        this.statements = statements;
        this.rows = rows;
        this.search = search;
        this.sensitive = sensitive;
        this.deathReviews = deathReviews;
        this.grants = grants;
        // Without a record of processing to ask, nothing names a condition: sensitive data is refused.
        this.conditions = conditions.getIfAvailable(() -> (type, category) -> Optional.empty());
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonId register(PersonDetails person) {
        PersonRules.check(person, UkCalendar.today(clock));
        Actor actor = Tenancy.requireActor();
        PersonId id = PersonId.random();
        rows.insert(id, actor.organisation(), person, actor.id(), clock.instant());
        audit.record(AuditRecord.of("person.registered", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value()));
        return id;
    }

    @Transactional
    public void update(PersonId id, PersonDetails person) {
        requireUsable(id, "update");
        PersonRules.check(person, UkCalendar.today(clock));
        deathReviews
                .notifiedDateOfDeath(id)
                .filter(notified -> !notified.equals(person.dateOfDeath()))
                .ifPresent(notified -> {
                    throw new InvalidInput(
                            "dateOfDeath",
                            "The notification of the child's death gives the date of death as "
                                    + InputChecks.date(notified) + ". Enter that date");
                });
        rows.update(id, person, clock.instant());
        audit.record(AuditRecord.of("person.updated", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value()));
    }

    /** The person, with sensitive fields shown or withheld; the purpose goes on the audit entry. */
    @Transactional
    public PersonView view(PersonId id, String purpose) {
        PersonDetails details = requireVisible(id);
        RestrictionNotice restriction = restrictions.requireUsable(id, "view").orElse(null);
        boolean granted = grants.currentActorIsGranted();
        List<SensitiveValue> values = sensitive.read(id, granted);
        audit.record(AuditRecord.of("person.viewed", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value())
                .forPurpose(purpose)
                .withDetail(fieldsShown(values)));
        return new PersonView(
                id,
                details,
                rows.addresses(id),
                rows.telephones(id),
                values,
                statements.about(id, granted),
                restriction);
    }

    /**
     * Who the person is (name, date of birth), for other modules' pages about them; need-to-know
     * applies as for {@link #view}, and nothing sensitive is read. A restricted person is named and
     * marked restricted, nothing more.
     */
    @Transactional(readOnly = true)
    public PersonSummary summary(PersonId id) {
        PersonDetails d = requireVisible(id);
        PersonSummary summary = new PersonSummary(id, d.fullName(), d.dateOfBirth(), d.deceased(), d.profession());
        return restrictions.isRestricted(id) ? RestrictionGate.masked(summary) : summary;
    }

    @Transactional
    public List<PersonSummary> search(String text, LocalDate dateOfBirth) {
        if ((text == null || text.isBlank()) && dateOfBirth == null) {
            throw new InvalidInput("q", "Enter a name, NHS number, unique pupil number or date of birth");
        }
        List<PersonSummary> found =
                search.search(text, dateOfBirth, Tenancy.requireActor().id(), clock.instant());
        Set<PersonId> restricted = restrictions.restrictedAmong(
                found.stream().map(PersonSummary::id).toList());
        found = found.stream()
                .map(p -> restricted.contains(p.id()) ? RestrictionGate.masked(p) : p)
                .toList();
        // The terms themselves are never recorded: they may be a name.
        audit.record(AuditRecord.of("person.searched", Outcome.SUCCESS).withDetail("results: " + found.size()));
        return found;
    }

    /** Records a special-category value; only holders of a sensitive-data grant may. */
    @Transactional
    public void recordSensitive(PersonId id, SensitiveCategory category, String value) {
        requireUsable(id, "record sensitive information");
        if (!grants.currentActorIsGranted()) {
            audit.recordRefusal(AuditRecord.of("person.sensitive-recorded", Outcome.DENIED)
                    .about("person", id)
                    .concerning(id.value())
                    .withDetail(category.name()));
            throw new SensitiveDataGrantRequired();
        }
        if (value == null || value.isBlank() || value.length() > 2000) {
            throw new InvalidInput(
                    "value", "Enter the " + category.label().toLowerCase() + ", 2000 characters or fewer");
        }
        requireCondition(id, category);
        sensitive.record(
                Tenancy.requireActor().organisation(),
                id,
                category,
                value,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("person.sensitive-recorded", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value())
                .withDetail(category.name()));
    }

    /**
     * UK GDPR Art 9 and 10: a special category (or safeguarding or criminal offence data) is recorded
     * only where the record of processing names a condition for it in one of the person's open cases.
     */
    private void requireCondition(PersonId id, SensitiveCategory category) {
        Set<CaseType> types = cases.openCaseTypesOf(id);
        String refusal = null;
        if (types.isEmpty()) {
            refusal = "Add them to a case first: sensitive information is recorded for the purposes of a case";
        } else if (types.stream()
                .noneMatch(type -> conditions.conditionFor(type, category).isPresent())) {
            refusal = "The record of processing names no "
                    + (category == SensitiveCategory.CRIMINAL_OFFENCES ? "Art 10" : "Art 9")
                    + " condition for " + category.label().toLowerCase() + " in "
                    + types.stream().map(t -> t.label().toLowerCase()).sorted().collect(Collectors.joining(" or "))
                    + " cases. Ask your data protection officer to adopt or complete the processing activity";
        }
        if (refusal != null) {
            audit.recordRefusal(AuditRecord.of("person.sensitive-recorded", Outcome.DENIED)
                    .about("person", id)
                    .concerning(id.value())
                    .withDetail(category.name() + "; no condition"));
            throw new NoConditionForSensitiveData(refusal);
        }
    }

    @Transactional
    public void addAddress(PersonId id, PersonView.Address address) {
        requireUsable(id, "add an address");
        if (address.line1() == null || address.line1().isBlank()) {
            throw new InvalidInput("line1", "Enter the first line of the address");
        }
        rows.addAddress(Tenancy.requireActor().organisation(), id, address, clock.instant());
        audit.record(AuditRecord.of("person.address-added", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value()));
    }

    @Transactional
    public void addTelephone(PersonId id, PersonView.Telephone telephone) {
        requireUsable(id, "add a telephone");
        if (telephone.number() == null || !telephone.number().matches("[0-9 +()-]{6,20}")) {
            throw new InvalidInput("number", "Enter a telephone number, like 01632 960 001");
        }
        rows.addTelephone(Tenancy.requireActor().organisation(), id, telephone, clock.instant());
        audit.record(AuditRecord.of("person.telephone-added", Outcome.SUCCESS)
                .about("person", id)
                .concerning(id.value()));
    }

    /** Need-to-know, then restriction: a restricted person's data is refused to ordinary use (Art 18). */
    private PersonDetails requireUsable(PersonId id, String action) {
        PersonDetails details = requireVisible(id);
        restrictions.requireUsable(id, action);
        return details;
    }

    private PersonDetails requireVisible(PersonId id) {
        PersonDetails details = rows.find(id).orElseThrow(() -> new NotFound("Person"));
        if (!rows.visible(id, Tenancy.requireActor().id(), clock.instant())) {
            // Same answer as for a person who does not exist: their existence is need-to-know too.
            audit.recordRefusal(AuditRecord.of("person.viewed", Outcome.DENIED)
                    .about("person", id)
                    .concerning(id.value()));
            throw new NotFound("Person");
        }
        return details;
    }

    static String fieldsShown(List<SensitiveValue> values) {
        return "shown: " + names(values, SensitiveValue.State.SHOWN) + "; withheld: "
                + names(values, SensitiveValue.State.WITHHELD);
    }

    private static String names(List<SensitiveValue> values, SensitiveValue.State state) {
        return values.stream()
                .filter(v -> v.state() == state)
                .map(v -> v.category().name())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
