package org.custodia.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.SubjectFile;
import org.custodia.platform.Tenancy;
import org.custodia.rights.ResponseReview.Item;
import org.custodia.rights.ResponseReview.State;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Redactions;
import org.custodia.rights.internal.Redactions.Decision;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.rights.internal.Responses;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DPO's redaction review of a response: the request's file, record by record, with what is withheld
 * and why. Records that mention other people must each be decided (withheld, or reviewed and disclosed)
 * before the response goes out (DPA 2018 Sch 2 Pt 3).
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RedactionReview {

    private static final int MAX_NOTE = 2000;

    private final RequestRows rows;
    private final Redactions redactions;
    private final Responses responses;
    private final ResponseFiles files;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;

    RedactionReview(
            RequestRows rows,
            Redactions redactions,
            Responses responses,
            ResponseFiles files,
            History history,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.redactions = redactions;
        this.responses = responses;
        this.files = files;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file as it stands, flagged records first; assembling it is audited per person by subject access. */
    @Transactional
    public ResponseReview review(RightsRequestId id) {
        RequestRow row = rows.get(id);
        List<String> notReady = files.notReady(row);
        List<Decision> decisions = redactions.of(id);
        ResponseIssued issued = responses.find(id).map(IssuedResponses::issued).orElse(null);
        List<Item> items = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        if (notReady.isEmpty() && issued == null) {
            SubjectFile file = files.file(row);
            file.records().forEach(r -> categories.put(r.id(), r.category()));
            items = items(file, decisions);
        }
        audit.record(AuditRecord.of("rights-request.response-reviewed", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail("records: " + items.size() + "; decisions: " + decisions.size()));
        return new ResponseReview(
                id,
                id.reference(),
                row.kind(),
                row.open(),
                notReady,
                items,
                decisions.stream()
                        .map(d -> new ResponseReview.Decision(
                                d.id(),
                                d.recordId(),
                                categories.getOrDefault(d.recordId(), ""),
                                d.withhold(),
                                d.field(),
                                d.passage(),
                                d.exemption(),
                                d.note(),
                                d.decidedAt()))
                        .toList(),
                issued);
    }

    /** Withholds a record, a field or an exact passage, with the exemption relied on. */
    @Transactional
    public UUID withhold(RightsRequestId id, NewRedaction redaction) {
        RequestRow row = editable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        NewRedaction r = redaction == null ? new NewRedaction(null, null, null, null, null) : redaction;
        String field = RequestRules.tidy(r.field());
        String passage = r.passage() == null || r.passage().isEmpty() ? null : r.passage();
        String note = RequestRules.tidy(r.note());
        if (r.exemption() == null) {
            errors.put("exemption", "Select the exemption relied on");
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.put("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        SubjectFile file = files.file(row);
        HeldRecord record = file.records().stream()
                .filter(h -> h.id().equals(r.recordId()))
                .findFirst()
                .orElse(null);
        if (record == null) {
            errors.put("recordId", "Select a record from the file");
        } else if (field == null && passage != null) {
            errors.put("field", "Select the field the passage is in");
        } else if (field != null && !record.fields().containsKey(field)) {
            errors.put("field", "Select a field of the record");
        } else if (passage != null && !record.fields().get(field).contains(passage)) {
            errors.put("passage", "The passage is not in the field \"" + field + "\": copy it exactly");
        }
        fail(errors);
        Decision decision = new Decision(
                UUID.randomUUID(), record.id(), true, field, passage, r.exemption(), note, clock.instant());
        List<Decision> all = new ArrayList<>(redactions.of(id));
        all.add(decision);
        try {
            RedactedFile.of(file, ResponseFiles.redactions(all));
        } catch (InvalidInput e) {
            throw new InvalidInput(
                    "passage", "That overlaps a part already withheld: remove the other redaction first, or widen it");
        }
        redactions.add(id, decision, Tenancy.requireActor().id());
        String what = field == null ? "the whole record" : passage == null ? "a field" : "a passage";
        history.add(
                id,
                "Withheld " + what + " of a record in " + record.category() + ": "
                        + r.exemption().citation());
        audited(
                id,
                "rights-request.redaction-added",
                "record: " + record.id() + "; withheld: " + what + "; exemption: "
                        + r.exemption().name());
        return decision.id();
    }

    /** Marks a record that mentions other people as reviewed: it is disclosed as it is. */
    @Transactional
    public UUID disclose(RightsRequestId id, String recordId, String note) {
        RequestRow row = editable(id);
        String tidyNote = RequestRules.tidy(note);
        if (tidyNote != null && tidyNote.length() > MAX_NOTE) {
            throw new InvalidInput("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        HeldRecord record = files.file(row).flaggedForReview().stream()
                .filter(h -> h.id().equals(recordId))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("recordId", "Select a record that mentions other people"));
        Set<String> decided = redactions.of(id).stream().map(Decision::recordId).collect(Collectors.toSet());
        if (decided.contains(record.id())) {
            throw new InvalidInput("recordId", "This record is already decided: remove that decision first");
        }
        Decision decision =
                new Decision(UUID.randomUUID(), record.id(), false, null, null, null, tidyNote, clock.instant());
        redactions.add(id, decision, Tenancy.requireActor().id());
        history.add(id, "Reviewed a record in " + record.category() + " that mentions other people: disclosed");
        audited(id, "rights-request.record-reviewed", "record: " + record.id() + "; disclose");
        return decision.id();
    }

    /** Takes a decision back, while the response is not yet issued. */
    @Transactional
    public void remove(RightsRequestId id, UUID decisionId) {
        editable(id);
        Decision decision = redactions.find(id, decisionId).orElseThrow(() -> new NotFound("Redaction"));
        redactions.remove(id, decisionId);
        history.add(id, decision.withhold() ? "A redaction was removed" : "A review decision was removed");
        audited(id, "rights-request.redaction-removed", "record: " + decision.recordId());
    }

    static List<Item> items(SubjectFile file, List<Decision> decisions) {
        Map<String, Boolean> decided = new HashMap<>();
        decisions.forEach(d -> decided.merge(d.recordId(), d.withhold(), Boolean::logicalOr));
        List<Item> flagged = new ArrayList<>();
        List<Item> others = new ArrayList<>();
        for (HeldRecord r : file.records()) {
            Boolean withheld = decided.get(r.id());
            State state = withheld == null
                    ? (r.mentionsOtherPeople() ? State.TO_REVIEW : State.RELEASED)
                    : (withheld ? State.WITHHELD : State.REVIEWED_DISCLOSE);
            Item item = new Item(
                    r.id(), r.category(), r.recorded(), r.fields(), r.otherPeople(), r.mentionsOtherPeople(), state);
            (item.flagged() ? flagged : others).add(item);
        }
        flagged.addAll(others);
        return flagged;
    }

    private RequestRow editable(RightsRequestId id) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        List<String> notReady = files.notReady(row);
        if (!notReady.isEmpty()) {
            throw new InvalidInput("request", notReady.get(0));
        }
        if (responses.find(id).isPresent()) {
            throw new InvalidInput("request", "The response has been issued: its redactions cannot change");
        }
        return row;
    }

    private void audited(RightsRequestId id, String action, String detail) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(detail));
    }

    private static void fail(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
