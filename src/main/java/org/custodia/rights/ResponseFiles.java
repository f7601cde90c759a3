package org.custodia.rights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.SubjectAccess;
import org.custodia.personaldata.SubjectFile;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.Redactions.Decision;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * The file a request's response is made from: what subject access assembles about the matched people,
 * cut down to what the kind of request gives.
 */
@Component
class ResponseFiles {

    static final Set<RequestKind> KINDS =
            EnumSet.of(RequestKind.ACCESS, RequestKind.PORTABILITY, RequestKind.DECEASED_PERSON_RECORD);

    /**
     * Portability (Art 20) covers what the person provided, not what professionals wrote or the system
     * derived: their own details, addresses, telephone numbers and consents. Case records, visits, notes,
     * disclosures, the audit trail and retention decisions are the organisation's and stay in a subject
     * access response.
     */
    static final List<String> PROVIDED_BY_THE_PERSON =
            List.of("casework.person:", "casework.address:", "casework.telephone:", "consent.event:");

    private final Matches matches;
    private final SubjectAccess access;

    ResponseFiles(Matches matches, SubjectAccess access) {
        this.matches = matches;
        this.access = access;
    }

    /** Why the response file cannot be prepared yet; empty when it can. */
    List<String> notReady(RequestRow row) {
        List<String> reasons = new ArrayList<>();
        if (!KINDS.contains(row.kind())) {
            reasons.add("A request for " + row.kind().label().toLowerCase()
                    + " has no response file: only subject access, portability and a deceased person's record do");
            return reasons;
        }
        if (row.identity() == null) {
            reasons.add("Record the identity check first (verified, or why proof of identity is not needed)");
        }
        if (matches.of(row.id()).isEmpty()) {
            reasons.add("Match the request to the people it is about in our records first");
        }
        return reasons;
    }

    SubjectFile file(RequestRow row) {
        List<DataSubjectId> people = matches.of(row.id()).stream()
                .map(match -> new DataSubjectId(match.person().value()))
                .toList();
        SubjectFile file = access.assemble(people);
        if (row.kind() == RequestKind.PORTABILITY) {
            Map<String, List<HeldRecord>> provided = new LinkedHashMap<>();
            for (HeldRecord record : file.records()) {
                if (PROVIDED_BY_THE_PERSON.stream().anyMatch(record.id()::startsWith)) {
                    provided.computeIfAbsent(record.category(), c -> new ArrayList<>())
                            .add(record);
                }
            }
            return new SubjectFile(file.subjects(), file.assembledAt(), provided, file.supplementary());
        }
        if (row.kind() == RequestKind.DECEASED_PERSON_RECORD) {
            // The rights and the Art 15 information are a living person's; the record is released as it is.
            return new SubjectFile(file.subjects(), file.assembledAt(), file.byCategory(), List.of());
        }
        return file;
    }

    /**
     * The withholding decisions as redactions, passages first, then fields, then whole records, so that a
     * later one never looks for words an earlier one already replaced.
     */
    static List<Redaction> redactions(List<Decision> decisions) {
        return decisions.stream()
                .filter(Decision::withhold)
                .sorted(Comparator.comparingInt(ResponseFiles::breadth))
                .map(d -> new Redaction(d.recordId(), d.field(), d.passage(), d.exemption(), d.note()))
                .toList();
    }

    private static int breadth(Decision decision) {
        if (decision.field() == null) {
            return 2;
        }
        return decision.passage() == null ? 1 : 0;
    }
}
