package org.custodia.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.governance.internal.Checks;
import org.custodia.governance.internal.Countries;
import org.custodia.governance.internal.RecipientRows;
import org.custodia.governance.internal.TransferRows;
import org.custodia.governance.internal.UkDates;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * International transfers (UK GDPR Ch V). A transfer to a country under UK adequacy regulations
 * needs nothing more; any other needs the IDTA or the EU SCCs with the UK Addendum and a transfer
 * risk assessment, or an Art 49 exception. Without one the transfer is refused, and the refusal audited.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class Transfers {

    private final TransferRows rows;
    private final RecipientRows recipients;
    private final AuditTrail audit;
    private final Clock clock;

    Transfers(TransferRows rows, RecipientRows recipients, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TransferId record(NewTransfer t) {
        LocalDate today = UkCalendar.today(clock);
        Optional<Recipient> recipient =
                t.recipient() == null ? Optional.empty() : recipients.find(new RecipientId(t.recipient()));
        Optional<Country> country =
                Countries.of(t.country()).filter(c -> !c.code().equals("GB"));
        Checks.start()
                .require(recipient.isPresent(), "recipient", "Select the recipient or processor from the register")
                .require(country.isPresent(), "country", "Select the country outside the UK the data goes to")
                .require(
                        t.activity() == null || rows.activityExists(t.activity()),
                        "activity",
                        "Select a processing activity from the register")
                .text(
                        t.dataTransferred(),
                        2000,
                        "dataTransferred",
                        "Enter the data transferred, 2000 characters or fewer")
                .orThrow();
        Optional<AdequacyEntry> entry = rows.adequacyOf(country.get().code())
                .filter(e -> !e.adequateFrom().isAfter(today));
        boolean adequate =
                entry.filter(e -> !e.partial() || t.partialCoverageConfirmed()).isPresent();
        Transfer transfer = adequate
                ? adequateTransfer(t, recipient.get(), country.get(), entry.get())
                : safeguardedTransfer(t, recipient.get(), country.get(), entry, today);
        Actor actor = Tenancy.requireActor();
        TransferId id = TransferId.random();
        rows.insert(id, actor.organisation(), transfer, actor.id(), clock.instant());
        audit.record(AuditRecord.of("transfer.recorded", Outcome.SUCCESS)
                .about("transfer", id)
                .withDetail(country.get().code() + ": "
                        + (adequate ? "adequacy" : transfer.safeguard().name())));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Transfer> all() {
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Transfer get(TransferId id) {
        return rows.find(id).orElseThrow(() -> new NotFound("Transfer"));
    }

    /** The transfers a processing activity makes, for the record of processing. */
    @Transactional(readOnly = true)
    public List<Transfer> forActivity(ProcessingActivityId activity) {
        return rows.forActivity(activity);
    }

    /** The maintained UK adequacy list, by country name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdequacyEntry> adequacyList() {
        return rows.adequacyList();
    }

    private static Transfer adequateTransfer(NewTransfer t, Recipient recipient, Country country, AdequacyEntry entry) {
        return new Transfer(
                null,
                recipient.id(),
                recipient.name(),
                country,
                t.activity() == null ? null : new ProcessingActivityId(t.activity()),
                t.dataTransferred().trim(),
                true,
                entry.source(),
                entry.partial() && t.partialCoverageConfirmed(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private Transfer safeguardedTransfer(
            NewTransfer t, Recipient recipient, Country country, Optional<AdequacyEntry> entry, LocalDate today) {
        if (t.safeguard() == null) {
            audit.recordRefusal(AuditRecord.of("transfer.refused", Outcome.DENIED)
                    .about("recipient", recipient.id())
                    .withDetail(country.code() + ": no adequacy and no safeguard"));
            String why = entry.map(e -> country.name() + " has only partial UK adequacy (" + e.covers()
                            + ") and you have not confirmed the recipient is covered")
                    .orElse(country.name() + " has no UK adequacy regulations");
            throw new InvalidInput(
                    "safeguard",
                    why + ": the transfer is refused unless it has a safeguard (the IDTA, or the EU SCCs with"
                            + " the UK Addendum) or an Art 49 exception");
        }
        Checks checks = Checks.start();
        if (t.safeguard().contract()) {
            checks.require(t.safeguardSignedOn() != null, "safeguardSignedOn", "Enter the date the contract was signed")
                    .require(
                            t.safeguardSignedOn() == null
                                    || !t.safeguardSignedOn().isBefore(TransferSafeguard.CONTRACTS_AVAILABLE_FROM),
                            "safeguardSignedOn",
                            "The IDTA and the UK Addendum exist only from "
                                    + UkDates.format(TransferSafeguard.CONTRACTS_AVAILABLE_FROM)
                                    + ": enter a date on or after it")
                    .notFuture(
                            t.safeguardSignedOn(),
                            today,
                            "safeguardSignedOn",
                            "The date signed must be today or in the past")
                    .require(
                            t.riskAssessedOn() != null,
                            "riskAssessedOn",
                            "Enter the date of the transfer risk assessment")
                    .notFuture(
                            t.riskAssessedOn(),
                            today,
                            "riskAssessedOn",
                            "The risk assessment date must be today or in the past")
                    .text(
                            t.riskAssessmentConclusion(),
                            2000,
                            "riskAssessmentConclusion",
                            "Enter the conclusion of the transfer risk assessment");
        } else {
            checks.require(t.exception() != null, "exception", "Select the Art 49 exception the transfer relies on")
                    .text(
                            t.exceptionJustification(),
                            2000,
                            "exceptionJustification",
                            "Explain why the exception applies, 2000 characters or fewer");
        }
        checks.orThrow();
        boolean contract = t.safeguard().contract();
        return new Transfer(
                null,
                recipient.id(),
                recipient.name(),
                country,
                t.activity() == null ? null : new ProcessingActivityId(t.activity()),
                t.dataTransferred().trim(),
                false,
                null,
                false,
                t.safeguard(),
                contract ? t.safeguardSignedOn() : null,
                contract ? null : t.exception(),
                contract ? null : t.exceptionJustification().trim(),
                contract ? t.riskAssessedOn() : null,
                contract ? t.riskAssessmentConclusion().trim() : null,
                null);
    }
}
