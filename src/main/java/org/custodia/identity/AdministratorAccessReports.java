package org.custodia.identity;

import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.AccessReports;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of "administrator access I should not have", for the organisation's DPOs, who decide
 * whether one is a personal data breach. Another organisation's report is not found.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class AdministratorAccessReports {

    private final AccessReports reports;
    private final AuditTrail audit;

    AdministratorAccessReports(AccessReports reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional
    public AccessReport find(AccessReportId id) {
        AccessReport report = reports.find(id).orElseThrow(() -> new NotFound("Access report"));
        audit.record(AuditRecord.of("access-report.viewed", Outcome.SUCCESS).about("access-report", id));
        return report;
    }

    /** The organisation's reports, newest first. */
    @Transactional
    public List<AccessReport> recent() {
        List<AccessReport> recent = reports.recent();
        audit.record(
                AuditRecord.of("access-report.listed", Outcome.SUCCESS).withDetail("reports shown: " + recent.size()));
        return recent;
    }
}
