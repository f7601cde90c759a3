package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.PeopleSearch;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
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
    private final PeopleSearch search;
    private final CaseRows cases;
    private final Clock clock;

    PersonDirectory(PeopleRows rows, PeopleSearch search, CaseRows cases, Clock clock) {
        this.rows = rows;
        this.search = search;
        this.cases = cases;
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

    /**
     * Everyone in the organisation the terms match (name forgiving typos, NHS number, unique pupil number,
     * date of birth), need-to-know aside: the DPO matching a rights request must find the person wherever
     * they are recorded. Names and dates of birth only; the caller audits the search.
     */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<PersonSummary> searchOrganisation(String text, LocalDate dateOfBirth) {
        if ((text == null || text.isBlank()) && dateOfBirth == null) {
            throw new InvalidInput("q", "Enter a name, NHS number, unique pupil number or date of birth");
        }
        return search.searchOrganisation(text, dateOfBirth);
    }

    /** The kinds of open case the person is in, as the child or a participant: which activities process them. */
    @Transactional(readOnly = true)
    public Set<CaseType> openCaseTypesOf(PersonId id) {
        return cases.openCaseTypesOf(id);
    }
}
