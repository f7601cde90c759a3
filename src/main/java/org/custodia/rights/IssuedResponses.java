package org.custodia.rights;

import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.rights.internal.Redactions;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.Responses;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of a request's response: whether one applies and how it went out, and the documents kept
 * for the DPO to send by post or hand over. Apart from {@link ResponseIssuing} because reading what was
 * issued needs none of what assembling, rendering and delivering a response does.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class IssuedResponses {

    private final RequestRows rows;
    private final Redactions redactions;
    private final Responses responses;
    private final AuditTrail audit;

    IssuedResponses(RequestRows rows, Redactions redactions, Responses responses, AuditTrail audit) {
        this.rows = rows;
        this.redactions = redactions;
        this.responses = responses;
        this.audit = audit;
    }

    /** Whether a response applies to the request, how much is withheld so far, and how it went out. */
    @Transactional(readOnly = true)
    public ResponseStatus status(RightsRequestId id) {
        RequestRow row = rows.get(id);
        return new ResponseStatus(
                ResponseFiles.KINDS.contains(row.kind()),
                redactions.count(id),
                responses.find(id).map(IssuedResponses::issued).orElse(null));
    }

    /** A document kept for the DPO ("pdf" or "zip"), to send by post or hand over; the download is audited. */
    @Transactional
    public Document document(RightsRequestId id, String which) {
        rows.get(id);
        byte[] content = responses.document(id, which).orElseThrow(() -> new NotFound("Response document"));
        audit.record(AuditRecord.of("rights-request.response-downloaded", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(which));
        return new Document(fileName(id, which), "pdf".equals(which) ? "application/pdf" : "application/zip", content);
    }

    /** A response document with the name to save it under (the request's reference, never a name). */
    public record Document(String fileName, String mediaType, byte[] content) {}

    static ResponseIssued issued(Responses.Issued row) {
        return new ResponseIssued(
                row.secureDownload(),
                row.offer(),
                row.records(),
                row.withheld(),
                row.hasPdf(),
                row.hasZip(),
                row.issuedAt());
    }

    static String fileName(RightsRequestId id, String which) {
        return "response-" + id.reference() + "." + which;
    }
}
