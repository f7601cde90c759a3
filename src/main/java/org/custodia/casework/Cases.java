package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.BreakGlass;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseNotes;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.PeopleSearch;
import org.custodia.casework.internal.RestrictionGate;
import org.custodia.casework.internal.StatementReader;
import org.custodia.identity.Colleagues;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases, for practitioners on their teams. Anyone else in the organisation reaches a case only by
 * recording why (break-glass). Every read and change is audited against the child.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class Cases {

    private final CaseRows rows;
    private final PeopleSearch search;
    private final CaseAccess access;
    private final PeopleRows people;
    private final CaseNotes notes;
    private final BreakGlass breakGlass;
    private final Colleagues colleagues;
    private final ActorDirectory names;
    private final SensitiveDataAccess grants;
    private final RestrictionGate restrictions;
    private final StatementReader statements;
    private final AuditTrail audit;
    private final Clock clock;

    Cases(
            CaseRows rows,
            PeopleSearch search,
            CaseAccess access,
            PeopleRows people,
            CaseNotes notes,
            BreakGlass breakGlass,
            Colleagues colleagues,
            ActorDirectory names,
            SensitiveDataAccess grants,
            RestrictionGate restrictions,
            StatementReader statements,
            AuditTrail audit,
            Clock clock) {
        this.restrictions = restrictions;
        this.statements = statements;
        this.rows = rows;
        this.search = search;
        this.access = access;
        this.people = people;
        this.notes = notes;
        this.breakGlass = breakGlass;
        this.colleagues = colleagues;
        this.names = names;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case about a child the practitioner can see; they join its team. */
    @Transactional
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

    @Transactional
    public List<CaseSummary> mine() {
        List<CaseSummary> cases = rows.visible(Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("case.listed", Outcome.SUCCESS).withDetail("cases shown: " + cases.size()));
        return cases;
    }

    /** The reader's cases whose reference or child's name matches; the text is never recorded. */
    @Transactional
    public List<CaseSummary> search(String text) {
        if (text == null || text.isBlank()) {
            return mine();
        }
        search.forgivingTypos();
        List<CaseSummary> found = rows.search(text, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("case.searched", Outcome.SUCCESS).withDetail("results: " + found.size()));
        return found;
    }

    /** The cases of a child, including ones the reader is not on, so break-glass can be offered. */
    @Transactional
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

    @Transactional
    public CaseView view(CaseId id, String purpose) {
        CaseRows.CaseRow row = access.requireView(id);
        List<UUID> team = rows.team(id);
        Set<UUID> named = new HashSet<>(team);
        named.addAll(notes.writers(id));
        Map<UUID, String> who = names.namesOf(named);
        boolean reveal = grants.currentActorIsGranted();
        List<CaseNote> caseNotes = notes.of(id, row.child(), reveal, who);
        Map<UUID, List<PersonStatement>> onNotes = statements.onNotes(
                row.child(), caseNotes.stream().map(CaseNote::id).toList(), reveal);
        List<CaseView.Participant> participants = rows.participants(id);
        Set<PersonId> restricted = restrictions.restrictedAmong(
                participants.stream().map(p -> p.person().id()).toList());
        CaseView view = new CaseView(
                id,
                row.reference(),
                row.type(),
                people.find(row.child())
                        .map(d -> new PersonSummary(
                                row.child(), d.fullName(), d.dateOfBirth(), d.deceased(), d.profession()))
                        .orElseThrow(),
                row.status(),
                row.openedOn(),
                row.closedOn(),
                team.stream()
                        .map(u -> new CaseView.TeamMember(u.toString(), who.getOrDefault(u, u.toString())))
                        .toList(),
                participants.stream()
                        .map(p -> restricted.contains(p.person().id())
                                ? new CaseView.Participant(RestrictionGate.masked(p.person()), p.role())
                                : p)
                        .toList(),
                caseNotes.stream()
                        .map(n -> n.withStatements(onNotes.get(n.id())))
                        .toList(),
                team.contains(Tenancy.requireActor().id().value()));
        audit.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .forPurpose(purpose)
                .withDetail(reveal ? "notes shown" : "notes withheld"));
        return view;
    }

    @Transactional
    public void addNote(CaseId id, String text) {
        CaseRows.CaseRow row = access.requireView(id);
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw new InvalidInput("text", "Enter the note, 10,000 characters or fewer");
        }
        UUID note = notes.add(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                text.trim(),
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.note-added", Outcome.SUCCESS)
                .about("case-note", note)
                .concerning(row.child().value()));
    }

    @Transactional
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
