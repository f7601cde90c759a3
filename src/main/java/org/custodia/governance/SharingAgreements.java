package org.custodia.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.governance.internal.AgreementRows;
import org.custodia.governance.internal.Checks;
import org.custodia.governance.internal.RecipientRows;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing agreements: recorded unsigned, signed when the parties sign. An agreement covering
 * high-risk processing cannot be signed (go live) until its DPIA is signed off.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class SharingAgreements {

    private final AgreementRows rows;
    private final RecipientRows recipients;
    private final Dpias dpias;
    private final AuditTrail audit;
    private final Clock clock;

    SharingAgreements(AgreementRows rows, RecipientRows recipients, Dpias dpias, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.recipients = recipients;
        this.dpias = dpias;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SharingAgreementId record(NewSharingAgreement agreement) {
        check(agreement);
        Actor actor = Tenancy.requireActor();
        SharingAgreementId id = SharingAgreementId.random();
        rows.insert(id, actor.organisation(), agreement, actor.id(), clock.instant());
        audit.record(AuditRecord.of("sharing-agreement.recorded", Outcome.SUCCESS)
                .about("sharing-agreement", id)
                .withDetail(agreement.type().name() + (agreement.highRisk() ? ", high risk" : "")));
        return id;
    }

    @Transactional
    public void sign(SharingAgreementId id, LocalDate signedOn, String signedBy) {
        SharingAgreement agreement = get(id);
        Checks.start()
                .require(agreement.signedOn() == null, "signedOn", "This agreement is already signed")
                .require(signedOn != null, "signedOn", "Enter the date the agreement was signed")
                .notFuture(
                        signedOn, UkCalendar.today(clock), "signedOn", "The date signed must be today or in the past")
                .text(signedBy, 300, "signedBy", "Enter who signed it, 300 characters or fewer")
                .orThrow();
        if (agreement.highRisk() && (agreement.dpia() == null || !dpias.isSignedOff(agreement.dpia()))) {
            audit.recordRefusal(AuditRecord.of("sharing-agreement.signed", Outcome.DENIED)
                    .about("sharing-agreement", id)
                    .withDetail("high risk without a signed-off DPIA"));
            throw new InvalidInput(
                    "signedOn",
                    "This agreement covers high-risk processing: its DPIA must be signed off before it can be signed");
        }
        rows.sign(id, signedOn, signedBy.trim());
        audit.record(AuditRecord.of("sharing-agreement.signed", Outcome.SUCCESS).about("sharing-agreement", id));
    }

    @Transactional(readOnly = true)
    public List<SharingAgreement> all() {
        return rows.all(UkCalendar.today(clock));
    }

    @Transactional(readOnly = true)
    public SharingAgreement get(SharingAgreementId id) {
        return rows.find(id, UkCalendar.today(clock)).orElseThrow(() -> new NotFound("Sharing agreement"));
    }

    private void check(NewSharingAgreement a) {
        List<UUID> parties = a.parties() == null ? List.of() : a.parties();
        Checks checks = Checks.start()
                .require(a.type() != null, "type", "Select the type of agreement")
                .text(a.title(), 200, "title", "Enter the agreement's title, 200 characters or fewer")
                .require(
                        !parties.isEmpty()
                                && recipients.findAll(parties).size()
                                        == parties.stream().distinct().count(),
                        "parties",
                        "Select the recipients who are parties to the agreement")
                .text(a.purpose(), 2000, "purpose", "Enter the purpose of the sharing, 2000 characters or fewer")
                .text(a.dataShared(), 2000, "dataShared", "Enter the data shared, 2000 characters or fewer")
                .require(a.lawfulBasis() != null, "lawfulBasis", "Select the lawful basis for the sharing")
                .require(a.startsOn() != null, "startsOn", "Enter the date the agreement starts")
                .require(a.reviewOn() != null, "reviewOn", "Enter the date the agreement is to be reviewed");
        if (a.startsOn() != null) {
            checks.require(
                            a.reviewOn() == null || a.reviewOn().isAfter(a.startsOn()),
                            "reviewOn",
                            "The review date must be after the start date")
                    .require(
                            a.endsOn() == null || !a.endsOn().isBefore(a.startsOn()),
                            "endsOn",
                            "The end date must be on or after the start date");
        }
        checks.require(
                        a.dpia() == null || dpias.exists(new DpiaId(a.dpia())),
                        "dpia",
                        "Select a DPIA from the register")
                .require(
                        !a.highRisk() || a.dpia() != null,
                        "dpia",
                        "High-risk processing needs a DPIA: select it from the register")
                .orThrow();
    }
}
