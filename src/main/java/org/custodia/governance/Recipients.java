package org.custodia.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.governance.internal.Checks;
import org.custodia.governance.internal.Countries;
import org.custodia.governance.internal.RecipientRows;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of recipients: the organisations, agencies, courts and processors the organisation's
 * data goes to. The DPO keeps it; practitioners choose from it when they record a disclosure.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class Recipients {

    private final RecipientRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    Recipients(RecipientRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RecipientId add(NewRecipient recipient) {
        check(recipient);
        if (!recipient.kind().processes()) {
            recipient = new NewRecipient(
                    recipient.name(), recipient.kind(), recipient.contact(), null, null, List.of(), null);
        } else if (recipient.kind() == RecipientKind.PROCESSOR) {
            recipient = new NewRecipient(
                    recipient.name(),
                    recipient.kind(),
                    recipient.contact(),
                    null,
                    recipient.service(),
                    recipient.processingCountries(),
                    recipient.contractSignedOn());
        }
        Actor actor = Tenancy.requireActor();
        RecipientId id = RecipientId.random();
        rows.insert(id, actor.organisation(), recipient, actor.id(), clock.instant());
        audit.record(AuditRecord.of("recipient.added", Outcome.SUCCESS)
                .about("recipient", id)
                .withDetail(recipient.kind().name()));
        return id;
    }

    /** Every recipient, by name: also the choices of a disclosure, hence open to practitioners. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
    public List<Recipient> all() {
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Recipient get(RecipientId id) {
        return rows.find(id).orElseThrow(() -> new NotFound("Recipient"));
    }

    @Transactional(readOnly = true)
    public List<Recipient> subProcessorsOf(RecipientId id) {
        return rows.subProcessorsOf(id);
    }

    private void check(NewRecipient r) {
        LocalDate today = UkCalendar.today(clock);
        Checks checks = Checks.start()
                .text(r.name(), 200, "name", "Enter the recipient's name, 200 characters or fewer")
                .require(r.kind() != null, "kind", "Select the kind of recipient")
                .optionalText(r.contact(), 500, "contact", "Contact details must be 500 characters or fewer");
        if (r.kind() != null && r.kind().processes()) {
            List<String> countries = r.processingCountries() == null ? List.of() : r.processingCountries();
            checks.text(r.service(), 500, "service", "Enter the service the processor provides")
                    .require(
                            !countries.isEmpty()
                                    && countries.stream()
                                            .allMatch(c -> Countries.of(c).isPresent()),
                            "processingCountries",
                            "Select the countries where they process the data")
                    .require(
                            r.contractSignedOn() != null,
                            "contractSignedOn",
                            "Enter the date of the Art 28 processing contract")
                    .notFuture(
                            r.contractSignedOn(),
                            today,
                            "contractSignedOn",
                            "The date of the processing contract must be today or in the past");
        }
        if (r.kind() == RecipientKind.SUB_PROCESSOR) {
            boolean processor = r.processorOf() != null
                    && rows.find(new RecipientId(r.processorOf()))
                            .filter(p -> p.kind() == RecipientKind.PROCESSOR)
                            .isPresent();
            checks.require(processor, "processorOf", "Select the processor this is a sub-processor of");
        }
        checks.orThrow();
    }
}
