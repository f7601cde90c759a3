package org.custodia.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodia.audit.AuditFilter;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditPage;
import org.custodia.audit.AuditVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "The organisation's hash-chained audit trail (administrators and DPOs)")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Verify the organisation's audit chain",
            description = "Re-computes every entry's hash; names the first entry that does not fit. Audited.")
    public AuditVerification verification() {
        return log.verify();
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
