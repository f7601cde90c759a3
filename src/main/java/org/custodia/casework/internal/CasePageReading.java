package org.custodia.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseAccessNeedsReason;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseNote;
import org.custodia.casework.CaseView;
import org.custodia.casework.PersonId;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Reads a case for its page in the caller's transaction: one statement for the whole access
 * decision (need-to-know or break-glass, the child's restriction, the reader's sensitive-data grant),
 * then the page's lists, then one audit record naming every section shown. Nothing is read past
 * the decision for a reader it refuses, and nothing is returned unless the audit record is written
 * in the same transaction.
 */
@Component
public class CasePageReading {

    /** The case as read, with the records of its type unless only the case was asked for. */
    public record Read(CaseView view, Optional<CaseSections.Sections> sections) {}

    private final CasePageRows rows;
    private final CaseSections sections;
    private final CaseNotes notes;
    private final StatementReader statements;
    private final RestrictionGate restrictions;
    private final ActorDirectory names;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;

    CasePageReading(
            CasePageRows rows,
            CaseSections sections,
            CaseNotes notes,
            StatementReader statements,
            RestrictionGate restrictions,
            ActorDirectory names,
            FieldEncryption encryption,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.sections = sections;
        this.notes = notes;
        this.statements = statements;
        this.restrictions = restrictions;
        this.names = names;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    public Read read(CaseId id, String purpose, boolean withRecords) {
        Actor reader = Tenancy.requireActor();
        LocalDate today = UkCalendar.today(clock);
        CasePageRows.Head head =
                rows.head(id, reader.id(), today, clock.instant()).orElseThrow(() -> new NotFound("Case"));
        PersonId child = head.row().child();
        if (!head.visible()) {
            audit.recordRefusal(AuditRecord.of("case.viewed", Outcome.DENIED)
                    .about("case", id)
                    .concerning(child.value())
                    .withDetail("not on the case team"));
            throw new CaseAccessNeedsReason(id, head.row().reference());
        }
        // A case is about its child: while the child's data is restricted, so is the case (Art 18).
        if (head.restriction() != null) {
            restrictions.requireUsable(child, Optional.ofNullable(head.allowedUse()), "case " + id);
        }
        boolean reveal = head.granted() && !reader.isOperator();
        if (reveal) {
            useChildsKey(child, head);
        }
        List<CasePageRows.NoteRow> noteRows = rows.notes(id);
        List<CaseView.Participant> participants = rows.participants(id);
        Set<UUID> named = new HashSet<>(head.team());
        noteRows.forEach(note -> named.add(note.writtenBy()));
        Map<UUID, String> who = names.namesOf(named);
        CaseView view = new CaseView(
                id,
                head.row().reference(),
                head.row().type(),
                head.child(),
                head.row().status(),
                head.row().openedOn(),
                head.row().closedOn(),
                head.team().stream()
                        .map(user -> new CaseView.TeamMember(user.toString(), who.getOrDefault(user, user.toString())))
                        .toList(),
                participants,
                noteRows.stream().map(note -> note(child, note, reveal, who)).toList(),
                head.onTeam());
        List<String> shown = new ArrayList<>(List.of("case", "team", "participants", "notes"));
        Optional<CaseSections.Sections> records = Optional.empty();
        if (withRecords) {
            records = Optional.of(sections.of(id, head.row().type(), child, reveal, today));
            shown.addAll(records.get().shown());
        }
        audit.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(child.value())
                .forPurpose(purpose)
                .withDetail((reveal ? "notes shown" : "notes withheld") + "; sections: " + String.join(", ", shown)));
        return new Read(view, records);
    }

    /** The child's key came with the case row: decrypting their values reads no key row of its own. */
    private void useChildsKey(PersonId child, CasePageRows.Head head) {
        try {
            encryption.useKey(child.subject(), head.childKey());
        } catch (ErasedSubject erased) {
            // Each value then reads as erased, as it would have without the key in hand.
        }
    }

    private CaseNote note(PersonId child, CasePageRows.NoteRow row, boolean reveal, Map<UUID, String> who) {
        return new CaseNote(
                        row.id(),
                        reveal ? notes.text(child, row.id(), row.body()) : null,
                        !reveal,
                        who.getOrDefault(row.writtenBy(), row.writtenBy().toString()),
                        row.writtenAt())
                .withStatements(row.statements().stream()
                        .map(entry -> statements.read(child, entry, reveal))
                        .toList());
    }
}
