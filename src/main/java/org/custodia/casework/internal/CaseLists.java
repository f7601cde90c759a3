package org.custodia.casework.internal;

import java.time.Clock;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseSummary;
import org.custodia.casework.PersonId;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;

/** Finding cases: the reader's own, by search, or a child's; each list audited, never its search text. */
@Component
public class CaseLists {

    private final CaseRows rows;
    private final PeopleSearch search;
    private final PeopleRows people;
    private final RestrictionGate restrictions;
    private final AuditTrail audit;
    private final Clock clock;

    CaseLists(
            CaseRows rows,
            PeopleSearch search,
            PeopleRows people,
            RestrictionGate restrictions,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.search = search;
        this.people = people;
        this.restrictions = restrictions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CaseSummary> mine() {
        List<CaseSummary> cases = rows.visible(Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("case.listed", Outcome.SUCCESS).withDetail("cases shown: " + cases.size()));
        return cases;
    }

    public List<CaseSummary> search(String text) {
        if (text == null || text.isBlank()) {
            return mine();
        }
        search.forgivingTypos();
        List<CaseSummary> found = rows.search(text, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("case.searched", Outcome.SUCCESS).withDetail("results: " + found.size()));
        return found;
    }

    public List<CaseSummary> ofChild(PersonId child) {
        if (!people.visible(child, Tenancy.requireActor().id(), clock.instant())) {
            throw new NotFound("Person");
        }
        restrictions.requireUsable(child, "list cases");
        List<CaseSummary> found = rows.ofChild(child, Tenancy.requireActor().id());
        audit.record(AuditRecord.of("case.listed", Outcome.SUCCESS)
                .concerning(child.value())
                .withDetail("cases of the child shown: " + found.size()));
        return found;
    }
}
