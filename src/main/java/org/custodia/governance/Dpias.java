package org.custodia.governance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.governance.internal.DpiaRows;
import org.custodia.governance.internal.DpiaRows.DpiaRow;
import org.custodia.governance.internal.DpiaRules;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's data protection impact assessments (UK GDPR Art 35): screening, risks and
 * measures, and the DPO's sign-off with a review date. Only {@code SIGNED_OFF} counts as signed;
 * any edit returns a signed DPIA to draft (and the audit trail keeps the history). Other registers
 * ask {@link #isSignedOff}; everything else is for the data protection officer.
 */
@Component
public class Dpias {

    private static final String DPO = "hasRole('DATA_PROTECTION_OFFICER')";

    private final DpiaRows rows;
    private final ActorDirectory names;
    private final AuditTrail audit;
    private final Clock clock;

    Dpias(DpiaRows rows, ActorDirectory names, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the DPIA is signed off by the DPO; false for one that does not exist in this organisation. */
    @Transactional(readOnly = true)
    public boolean isSignedOff(DpiaId id) {
        return rows.status(id).filter(DpiaStatus.SIGNED_OFF.name()::equals).isPresent();
    }

    /** Whether the DPIA exists in the current organisation (another organisation's does not). */
    @Transactional(readOnly = true)
    public boolean exists(DpiaId id) {
        return rows.status(id).isPresent();
    }

    @Transactional
    @PreAuthorize(DPO)
    public List<Dpia> all() {
        List<Dpia> all = rows.all().stream().map(this::dpia).toList();
        audit.record(AuditRecord.of("dpia.listed", Outcome.SUCCESS).withDetail("count: " + all.size()));
        return all;
    }

    @Transactional
    @PreAuthorize(DPO)
    public Dpia get(DpiaId id) {
        Dpia dpia = require(id);
        audit.record(AuditRecord.of("dpia.viewed", Outcome.SUCCESS).about("dpia", id));
        return dpia;
    }

    @Transactional
    @PreAuthorize(DPO)
    public DpiaId create(DpiaDraft draft) {
        DpiaRules.check(draft);
        Actor actor = Tenancy.requireActor();
        DpiaId id = DpiaId.random();
        rows.insert(id, actor.organisation(), draft, actor.id(), clock.instant());
        audit.record(AuditRecord.of("dpia.created", Outcome.SUCCESS).about("dpia", id));
        return id;
    }

    /** Saves the screening and description; a signed-off DPIA returns to draft. */
    @Transactional
    @PreAuthorize(DPO)
    public void update(DpiaId id, DpiaDraft draft) {
        Dpia before = require(id);
        DpiaRules.check(draft);
        rows.update(id, draft, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("dpia.updated", Outcome.SUCCESS).about("dpia", id));
        noteReturnToDraft(before);
    }

    @Transactional
    @PreAuthorize(DPO)
    public UUID addRisk(DpiaId id, DpiaRisk risk) {
        Dpia before = require(id);
        DpiaRules.check(risk);
        UUID riskId = UUID.randomUUID();
        Actor actor = Tenancy.requireActor();
        rows.addRisk(id, actor.organisation(), riskId, risk, clock.instant());
        rows.returnToDraft(id, actor.id(), clock.instant());
        audit.record(AuditRecord.of("dpia.risk-added", Outcome.SUCCESS)
                .about("dpia", id)
                .withDetail("risk " + riskId + ": " + risk.overall()));
        noteReturnToDraft(before);
        return riskId;
    }

    @Transactional
    @PreAuthorize(DPO)
    public void recordMeasure(DpiaId id, UUID riskId, String measure, MeasureEffect effect, RiskLevel residual) {
        Dpia before = require(id);
        DpiaRules.checkMeasure(measure, effect, residual);
        if (!rows.recordMeasure(id, riskId, measure, effect, residual)) {
            throw new NotFound("Risk");
        }
        rows.returnToDraft(id, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("dpia.measure-recorded", Outcome.SUCCESS)
                .about("dpia", id)
                .withDetail("risk " + riskId + ": " + effect + ", residual " + residual));
        noteReturnToDraft(before);
    }

    @Transactional
    @PreAuthorize(DPO)
    public void removeRisk(DpiaId id, UUID riskId) {
        Dpia before = require(id);
        if (!rows.removeRisk(id, riskId)) {
            throw new NotFound("Risk");
        }
        rows.returnToDraft(id, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("dpia.risk-removed", Outcome.SUCCESS)
                .about("dpia", id)
                .withDetail("risk " + riskId));
        noteReturnToDraft(before);
    }

    /** The DPO's sign-off: refused with a reason the DPO can act on, and the refusal audited. */
    @Transactional
    @PreAuthorize(DPO)
    public void signOff(DpiaId id, SignOff signOff) {
        Dpia dpia = require(id);
        try {
            if (dpia.status() == DpiaStatus.SIGNED_OFF) {
                throw new InvalidInput("dpoAdvice", "This DPIA is already signed off");
            }
            DpiaRules.checkSignOff(dpia, signOff, UkCalendar.today(clock));
        } catch (InvalidInput refused) {
            audit.recordRefusal(AuditRecord.of("dpia.signed-off", Outcome.DENIED)
                    .about("dpia", id)
                    .withDetail(String.join(",", refused.errors().keySet())));
            throw refused;
        }
        rows.signOff(id, signOff, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("dpia.signed-off", Outcome.SUCCESS)
                .about("dpia", id)
                .withDetail("review due " + signOff.reviewDue() + (signOff.icoConsulted() ? "; ICO consulted" : "")));
    }

    private void noteReturnToDraft(Dpia before) {
        if (before.status() == DpiaStatus.SIGNED_OFF) {
            audit.record(
                    AuditRecord.of("dpia.returned-to-draft", Outcome.SUCCESS).about("dpia", before.id()));
        }
    }

    private Dpia require(DpiaId id) {
        return rows.find(id).map(this::dpia).orElseThrow(() -> new NotFound("DPIA"));
    }

    private Dpia dpia(DpiaRow row) {
        String signedOffBy = null;
        if (row.signedOffBy() != null) {
            Map<UUID, String> found = names.namesOf(List.of(row.signedOffBy()));
            signedOffBy = found.getOrDefault(row.signedOffBy(), "A former user");
        }
        return new Dpia(
                row.id(),
                row.title(),
                DpiaStatus.valueOf(row.status()),
                row.screening(),
                row.processingDescription(),
                row.necessity(),
                rows.risks(row.id()),
                row.dpoAdvice(),
                row.icoConsulted(),
                row.signedOffAt(),
                signedOffBy,
                row.reviewDue(),
                row.createdAt());
    }
}
