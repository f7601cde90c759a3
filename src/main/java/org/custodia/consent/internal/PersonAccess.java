package org.custodia.consent.internal;

import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.custodia.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and record a person's consents: the data protection officer, for anyone in the
 * organisation, and practitioners who can see the person under casework's need-to-know rule. Anyone
 * else gets the same "not found" as for a person who does not exist.
 */
@Component
public class PersonAccess {

    private final PersonDirectory directory;
    private final AuditTrail audit;

    PersonAccess(PersonDirectory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public PersonSummary require(PersonId person, String action) {
        boolean dpo = Tenancy.requireActor().has(Role.DATA_PROTECTION_OFFICER);
        return (dpo ? directory.find(person) : directory.findVisible(person)).orElseThrow(() -> {
            audit.recordRefusal(AuditRecord.of(action, Outcome.DENIED)
                    .about("person", person)
                    .concerning(person.value()));
            return new NotFound("Person");
        });
    }

    /** Whether the giver named by id is someone the user may see (the DPO: anyone in the organisation). */
    public boolean canName(PersonId person) {
        boolean dpo = Tenancy.requireActor().has(Role.DATA_PROTECTION_OFFICER);
        return (dpo ? directory.find(person) : directory.findVisible(person)).isPresent();
    }
}
