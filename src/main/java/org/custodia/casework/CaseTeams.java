package org.custodia.casework;

import java.time.Clock;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.BreakGlass;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.identity.Colleagues;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on and around a case: its team, the people involved, and colleagues who open it on a
 * recorded reason (break-glass).
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class CaseTeams {

    private final CaseRows rows;
    private final CaseAccess access;
    private final PeopleRows people;
    private final BreakGlass breakGlass;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final Clock clock;

    CaseTeams(
            CaseRows rows,
            CaseAccess access,
            PeopleRows people,
            BreakGlass breakGlass,
            Colleagues colleagues,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.access = access;
        this.people = people;
        this.breakGlass = breakGlass;
        this.colleagues = colleagues;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A case's reference, for the break-glass page: the reader may know the case exists in their own
     * organisation (that is what break-glass is for), but nothing more until they give a reason.
     */
    @Transactional(readOnly = true)
    public String reference(CaseId id) {
        return rows.find(id).map(CaseRows.CaseRow::reference).orElseThrow(() -> new NotFound("Case"));
    }

    /** Opens a case outside the reader's teams: recorded, audited and sent for DPO review. */
    @Transactional
    public void breakGlass(CaseId id, String reason) {
        CaseRows.CaseRow row = rows.find(id).orElseThrow(() -> new NotFound("Case"));
        if (reason == null || reason.trim().length() < 10 || reason.length() > 500) {
            throw new InvalidInput("reason", "Explain why you need this case, in 10 to 500 characters");
        }
        UUID override = breakGlass.grant(
                Tenancy.requireActor().organisation(),
                id,
                Tenancy.requireActor().id(),
                reason.trim(),
                clock.instant());
        audit.record(AuditRecord.of("case.break-glass", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .forPurpose("break-glass")
                .withDetail("override " + override));
    }

    @Transactional
    public void addToTeam(CaseId id, UserId user) {
        CaseRows.CaseRow row = access.requireView(id);
        if (!colleagues.isActivePractitioner(user)) {
            throw new InvalidInput("user", "Select a practitioner in your organisation");
        }
        rows.addToTeam(
                Tenancy.requireActor().organisation(),
                id,
                user,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.team-member-added", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail("user " + user));
    }

    @Transactional
    public void addParticipant(CaseId id, PersonId person, String role) {
        CaseRows.CaseRow row = access.requireView(id);
        if (!people.visible(person, Tenancy.requireActor().id(), clock.instant())) {
            throw new NotFound("Person");
        }
        if (role == null || role.isBlank() || role.length() > 100) {
            throw new InvalidInput("role", "Enter the person's role in the case, like mother or GP");
        }
        rows.addParticipant(Tenancy.requireActor().organisation(), id, person, role.trim(), clock.instant());
        audit.record(AuditRecord.of("case.participant-added", Outcome.SUCCESS)
                .about("case", id)
                .concerning(person.value()));
    }
}
