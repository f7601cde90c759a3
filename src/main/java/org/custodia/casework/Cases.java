package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.custodia.identity.Colleagues;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.UserId;
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

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseRows rows;
    private final PeopleSearch search;
    private final CaseAccess access;
    private final PeopleRows people;
    private final CaseNotes notes;
    private final BreakGlass breakGlass;
    private final Colleagues colleagues;
    private final ActorDirectory names;
    private final SensitiveDataAccess grants;
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
            AuditTrail audit,
            Clock clock) {
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
        Actor actor = actor();
        if (type == null) {
            throw new InvalidInput("type", "Select the type of case");
        }
        if (!people.find(child).isPresent() || !people.visible(child, actor.id(), clock.instant())) {
            throw new NotFound("Person");
        }
        LocalDate opened = openedOn == null ? today() : openedOn;
        if (opened.isAfter(today())) {
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
        List<CaseSummary> cases = rows.visible(actor().id(), clock.instant());
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
        List<CaseSummary> found = rows.search(text, actor().id(), clock.instant());
        audit.record(AuditRecord.of("case.searched", Outcome.SUCCESS).withDetail("results: " + found.size()));
        return found;
    }

    /** The cases of a child, including ones the reader is not on, so break-glass can be offered. */
    @Transactional(readOnly = true)
    public List<CaseSummary> ofChild(PersonId child) {
        if (!people.visible(child, actor().id(), clock.instant())) {
            throw new NotFound("Person");
        }
        return rows.ofChild(child, actor().id());
    }

    @Transactional
    public CaseView view(CaseId id, String purpose) {
        CaseRows.CaseRow row = access.requireView(id);
        List<UUID> team = rows.team(id);
        Set<UUID> named = new HashSet<>(team);
        named.addAll(notes.writers(id));
        Map<UUID, String> who = names.namesOf(named);
        boolean reveal = grants.currentActorIsGranted();
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
                rows.participants(id),
                notes.of(id, row.child(), reveal, who),
                team.contains(actor().id().value()));
        audit.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .forPurpose(purpose)
                .withDetail(reveal ? "notes shown" : "notes withheld"));
        return view;
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
        UUID override = breakGlass.grant(actor().organisation(), id, actor().id(), reason.trim(), clock.instant());
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
        rows.addToTeam(actor().organisation(), id, user, actor().id(), clock.instant());
        audit.record(AuditRecord.of("case.team-member-added", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail("user " + user));
    }

    @Transactional
    public void addParticipant(CaseId id, PersonId person, String role) {
        CaseRows.CaseRow row = access.requireView(id);
        if (!people.visible(person, actor().id(), clock.instant())) {
            throw new NotFound("Person");
        }
        if (role == null || role.isBlank() || role.length() > 100) {
            throw new InvalidInput("role", "Enter the person's role in the case, like mother or GP");
        }
        rows.addParticipant(actor().organisation(), id, person, role.trim(), clock.instant());
        audit.record(AuditRecord.of("case.participant-added", Outcome.SUCCESS)
                .about("case", id)
                .concerning(person.value()));
    }

    @Transactional
    public void addNote(CaseId id, String text) {
        CaseRows.CaseRow row = access.requireView(id);
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw new InvalidInput("text", "Enter the note, 10,000 characters or fewer");
        }
        UUID note = notes.add(actor().organisation(), id, row.child(), text.trim(), actor().id(), clock.instant());
        audit.record(AuditRecord.of("case.note-added", Outcome.SUCCESS)
                .about("case-note", note)
                .concerning(row.child().value()));
    }

    @Transactional
    public void close(CaseId id, LocalDate on) {
        CaseRows.CaseRow row = access.requireView(id);
        LocalDate closed = on == null ? today() : on;
        if (closed.isBefore(row.openedOn()) || closed.isAfter(today())) {
            throw new InvalidInput("closedOn", "The closing date must be between the opening date and today");
        }
        rows.close(id, closed);
        audit.record(AuditRecord.of("case.closed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static Actor actor() {
        return Tenancy.currentActor().orElseThrow();
    }
}
