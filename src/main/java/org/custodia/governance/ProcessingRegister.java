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
 * controller, its data protection officers and every activity with its recorded transfers, the
 * recipients and processors, and the sharing agreements — with who produced it and when.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ProcessingRegister {

    /** The register at one moment. */
    public record Register(
            Organisation controller,
            List<Contact> dataProtectionOfficers,
            List<ProcessingActivity> activities,
            List<Transfer> transfers,
            List<Recipient> recipients,
            List<SharingAgreement> agreements,
            String producedBy,
            Instant producedAt) {

        /** The recorded transfers an activity makes (Art 30(1)(e)), each with its safeguard. */
        public List<String> transfersOf(ProcessingActivity activity) {
            return transfers.stream()
                    .filter(t -> activity.id().equals(t.activity()))
                    .map(Register::describe)
                    .toList();
        }

        /** Transfers recorded without naming the activity they serve, so none is left out. */
        public List<String> unlinkedTransfers() {
            return transfers.stream()
                    .filter(t -> t.activity() == null)
                    .map(Register::describe)
                    .toList();
        }

        static String describe(Transfer t) {
            String how;
            if (t.adequate()) {
                how = "UK adequacy regulations (" + t.adequacySource() + ")";
            } else if (t.safeguard() != null) {
                how = t.safeguard().label() + " signed on " + t.safeguardSignedOn()
                        + (t.riskAssessedOn() == null ? "" : "; transfer risk assessment " + t.riskAssessedOn());
            } else if (t.exception() != null) {
                how = "Art 49 exception: " + t.exception().label();
            } else {
                how = "no safeguard recorded";
            }
            return t.country().name() + ", to " + t.recipientName() + ": " + t.dataTransferred() + " — " + how;
        }
    }

    private final ActivityRows activities;
    private final Transfers transfers;
    private final Recipients recipients;
    private final SharingAgreements agreements;
    private final Organisations organisations;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessingRegister(
            ActivityRows activities,
            Transfers transfers,
            Recipients recipients,
            SharingAgreements agreements,
            Organisations organisations,
            Colleagues colleagues,
            AuditTrail audit,
            Clock clock) {
        this.activities = activities;
        this.transfers = transfers;
        this.recipients = recipients;
        this.agreements = agreements;
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
                transfers.all(),
                recipients.all(),
                agreements.all(),
                Tenancy.requireActor().displayName(),
                clock.instant());
    }
}
