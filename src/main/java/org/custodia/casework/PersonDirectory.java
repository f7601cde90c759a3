package org.custodia.casework;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For modules that keep their own records about people (consents, for example): whether a person is in
 * the organisation, and whether the signed-in user may see them under the need-to-know rule. It reads
 * only the summary (name, date of birth) and audits nothing itself: the caller audits what it does.
 */
@Component
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
public class PersonDirectory {

    private final PeopleRows rows;
    private final CaseRows cases;
    private final Clock clock;

    PersonDirectory(PeopleRows rows, CaseRows cases, Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.clock = clock;
    }

    /** The person, if they are in the current organisation, whoever may see them. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(PersonId id) {
        return rows.findSummary(id);
    }

    /** The person, if the signed-in user may see them under the need-to-know rule that {@link People} applies. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> findVisible(PersonId id) {
        return rows.findSummary(id)
                .filter(person -> rows.visible(id, Tenancy.requireActor().id(), clock.instant()));
    }

    /** The kinds of open case the person is in, as the child or a participant: which activities process them. */
    @Transactional(readOnly = true)
    public Set<CaseType> openCaseTypesOf(PersonId id) {
        return cases.openCaseTypesOf(id);
    }
}
