package org.custodia.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.governance.internal.ActivityRows;
import org.custodia.identity.Colleagues;
import org.custodia.identity.Colleagues.Contact;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole record of processing as an organisation hands it to the ICO (UK GDPR Art 30(4)): the
 * controller, its data protection officers and every activity, with who produced it and when.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ProcessingRegister {

    /** The register at one moment. */
    public record Register(
            Organisation controller,
            List<Contact> dataProtectionOfficers,
            List<ProcessingActivity> activities,
            String producedBy,
            Instant producedAt) {}

    private final ActivityRows activities;
    private final Organisations organisations;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessingRegister(
            ActivityRows activities,
            Organisations organisations,
            Colleagues colleagues,
            AuditTrail audit,
            Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.colleagues = colleagues;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register, audited as exported in the given format (e.g. "csv", "pdf"). */
    @Transactional
    public Register export(String format) {
        List<ProcessingActivity> all = activities.all();
        audit.record(AuditRecord.of("processing-register.exported", Outcome.SUCCESS)
                .withDetail(format + "; activities: " + all.size()));
        return new Register(
                organisations.current(),
                colleagues.dataProtectionOfficers(),
                all,
                Tenancy.requireActor().displayName(),
                clock.instant());
    }
}
