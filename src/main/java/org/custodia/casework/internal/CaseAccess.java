package org.custodia.casework.internal;

import java.time.Clock;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseAccessNeedsReason;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The need-to-know check every case operation starts with (canView / requireView): the reader must
 * be on the case team or hold an unexpired break-glass override. A case of another organisation is
 * not found; a case of one's own organisation but not one's team asks for a reason; a case whose child's
 * data is restricted is refused to ordinary use.
 */
@Component
public class CaseAccess {

    private final CaseRows rows;
    private final RestrictionGate restrictions;
    private final AuditTrail audit;
    private final Clock clock;

    CaseAccess(CaseRows rows, RestrictionGate restrictions, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.restrictions = restrictions;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean canView(CaseId id) {
        return rows.visible(id, Tenancy.currentActor().orElseThrow().id(), clock.instant());
    }

    public CaseRows.CaseRow requireView(CaseId id) {
        CaseRows.CaseRow row = rows.find(id).orElseThrow(() -> new NotFound("Case"));
        if (!canView(id)) {
            audit.recordRefusal(AuditRecord.of("case.viewed", Outcome.DENIED)
                    .about("case", id)
                    .concerning(row.child().value())
                    .withDetail("not on the case team"));
            throw new CaseAccessNeedsReason(id, row.reference());
        }
        // A case is about its child: while the child's data is restricted, so is the case (Art 18).
        restrictions.requireUsable(row.child(), "case " + id);
        return row;
    }

    /** {@link #requireView(CaseId)}, for records that only cases of the given types keep. */
    public CaseRows.CaseRow requireView(CaseId id, String records, CaseType... keptOn) {
        CaseRows.CaseRow row = requireView(id);
        Set<CaseType> types = Set.of(keptOn);
        if (!types.contains(row.type())) {
            throw new WrongCaseType(records, types, row.type());
        }
        return row;
    }
}
