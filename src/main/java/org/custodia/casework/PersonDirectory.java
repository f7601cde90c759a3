package org.custodia.casework;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
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
    private final Clock clock;

    PersonDirectory(PeopleRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The person, if they are in the current organisation, whoever may see them. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(PersonId id) {
        return rows.findSummary(id);
    }

    /** The kinds of case the person is in (as the child or a participant): what the registers say of them follows. */
    @Transactional(readOnly = true)
    public Set<CaseType> caseTypesOf(PersonId id) {
        return rows.caseTypesOf(id);
    }

    /** The person, if the signed-in user may see them under the need-to-know rule that {@link People} applies. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> findVisible(PersonId id) {
        return rows.findSummary(id)
                .filter(person -> rows.visible(id, Tenancy.requireActor().id(), clock.instant()));
    }
}
