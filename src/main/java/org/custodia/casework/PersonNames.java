package org.custodia.casework;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of people, for other modules' registers (who a disclosure concerned, whom to tell). The
 * data protection officer sees the names of everyone the organisation holds; a practitioner only of
 * the people they may see. Names only: nothing else of the record, and audited.
 */
@Component
@PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
public class PersonNames {

    private final PeopleRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    PersonNames(PeopleRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Full names of those of the given people the reader may know of; others are absent. */
    @Transactional
    public Map<PersonId, String> namesOf(Collection<PersonId> people) {
        Actor reader = Tenancy.requireActor();
        boolean everyone = reader.has(Role.DATA_PROTECTION_OFFICER);
        Map<PersonId, String> names = new LinkedHashMap<>();
        for (PersonId id : people) {
            if (everyone || rows.visible(id, reader.id(), clock.instant())) {
                rows.find(id).ifPresent(details -> names.put(id, details.fullName()));
            }
        }
        if (!names.isEmpty()) {
            audit.record(AuditRecord.of("person.named", Outcome.SUCCESS).withDetail("names shown: " + names.size()));
        }
        return names;
    }
}
