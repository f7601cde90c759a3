package org.custodia.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.PersonId;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;

/** Opening a case (its opener joins the team), adding notes and closing it; each change audited. */
@Component
public class CaseChanges {

    private final CaseRows rows;
    private final CaseAccess access;
    private final PeopleRows people;
    private final CaseNotes notes;
    private final AuditTrail audit;
    private final Clock clock;

    CaseChanges(CaseRows rows, CaseAccess access, PeopleRows people, CaseNotes notes, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.people = people;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    public CaseId open(CaseType type, PersonId child, LocalDate openedOn) {
        Actor actor = Tenancy.requireActor();
        if (type == null) {
            throw new InvalidInput("type", "Select the type of case");
        }
        if (!people.find(child).isPresent() || !people.visible(child, actor.id(), clock.instant())) {
            throw new NotFound("Person");
        }
        LocalDate opened = openedOn == null ? UkCalendar.today(clock) : openedOn;
        if (opened.isAfter(UkCalendar.today(clock))) {
            throw new InvalidInput("openedOn", "The date the case opened must be today or in the past");
        }
        CaseId id = CaseId.random();
        String reference =
                type.prefix() + "-" + id.value().toString().substring(0, 8).toUpperCase();
        rows.insert(
                new CaseRows.CaseRow(id, reference, type, child, "OPEN", opened, null),
                actor.organisation(),
                actor.id(),
                clock.instant());
        rows.addToTeam(actor.organisation(), id, actor.id(), actor.id(), clock.instant());
        audit.record(AuditRecord.of("case.opened", Outcome.SUCCESS)
                .about("case", id)
                .concerning(child.value())
                .withDetail(type.name()));
        return id;
    }

    public void addNote(CaseId id, String text) {
        CaseRows.CaseRow row = access.requireView(id);
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw new InvalidInput("text", "Enter the note, 10,000 characters or fewer");
        }
        Actor actor = Tenancy.requireActor();
        UUID note = notes.add(actor.organisation(), id, row.child(), text.trim(), actor.id(), clock.instant());
        audit.record(AuditRecord.of("case.note-added", Outcome.SUCCESS)
                .about("case-note", note)
                .concerning(row.child().value()));
    }

    public void close(CaseId id, LocalDate on) {
        CaseRows.CaseRow row = access.requireView(id);
        LocalDate closed = on == null ? UkCalendar.today(clock) : on;
        if (closed.isBefore(row.openedOn()) || closed.isAfter(UkCalendar.today(clock))) {
            throw new InvalidInput("closedOn", "The closing date must be between the opening date and today");
        }
        rows.close(id, closed);
        audit.record(AuditRecord.of("case.closed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value()));
    }
}
