package org.custodia.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodia.audit.AuditEntryProof;
import org.custodia.audit.AuditFilter;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditPage;
import org.custodia.audit.AuditProofs;
import org.custodia.audit.AuditVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "The organisation's hash-chained audit trail (administrators and DPOs)")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
class AuditApiController {

    private final AuditLog log;
    private final AuditProofs proofs;

    AuditApiController(AuditLog log, AuditProofs proofs) {
        this.log = log;
        this.proofs = proofs;
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Verify the organisation's audit chain",
            description = "Re-computes every entry's hash, every batch's Merkle root and signature, and checks"
                    + " entries not yet sealed against their MAC; names the first entry that does not fit."
                    + " With sinceLastSeal=true, only what follows the last seal. Audited.")
    public AuditVerification verification(
            @Parameter(description = "verify only from the last seal on") @RequestParam(required = false)
                    boolean sinceLastSeal) {
        return sinceLastSeal ? log.verifySinceLastSeal() : log.verify();
    }

    @GetMapping("/entries/{id}/proof")
    @Operation(
            summary = "Prove that an entry is in the audit trail",
            description = "The entry, the bytes hashed for it, the RFC 6962 audit path to its batch's Merkle root"
                    + " and the batch's signed statement: checkable without Custodia. 409 while the entry is not"
                    + " yet sealed. Audited.")
    public AuditEntryProof proof(@PathVariable long id) {
        return proofs.proofOf(id);
    }

    @GetMapping("/entries")
    @Operation(
            summary = "Search the audit trail",
            description = "50 entries a page, newest first; every filter is optional. Audited.")
    public AuditPage entries(
            @Parameter(description = "user id of the actor") @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @Parameter(description = "first day, YYYY-MM-DD, UK time") @RequestParam(required = false) String from,
            @Parameter(description = "last day, YYYY-MM-DD, UK time") @RequestParam(required = false) String to,
            @Parameter(description = "page number from 0") @RequestParam(required = false) String page) {
        AuditQuery query = new AuditQuery();
        var fromDate = query.isoDate("from", "From", from);
        var toDate = query.isoDate("to", "To", to);
        query.inOrder(fromDate, toDate, "to", "To", "From");
        AuditFilter filter = new AuditFilter(
                query.actor("actor", actor),
                AuditQuery.trimmed(action),
                AuditQuery.trimmed(objectType),
                AuditQuery.trimmed(objectId),
                fromDate,
                toDate);
        int pageNumber = query.page(page);
        query.throwIfInvalid();
        return log.search(filter, pageNumber);
    }
}
