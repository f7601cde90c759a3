package org.custodia.governance;

import org.custodia.governance.internal.DpiaRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's data protection impact assessments, as other registers see them: whether one
 * exists and whether it is signed off. Only {@code SIGNED_OFF} counts; editing a signed DPIA returns
 * it to draft. Row-level security confines every answer to the current organisation.
 */
@Component
public class Dpias {

    private final DpiaRows rows;

    Dpias(DpiaRows rows) {
        this.rows = rows;
    }

    /** Whether the DPIA is signed off by the DPO; false for one that does not exist in this organisation. */
    @Transactional(readOnly = true)
    public boolean isSignedOff(DpiaId id) {
        return rows.status(id).filter("SIGNED_OFF"::equals).isPresent();
    }

    /** Whether the DPIA exists in the current organisation (another organisation's does not). */
    @Transactional(readOnly = true)
    public boolean exists(DpiaId id) {
        return rows.status(id).isPresent();
    }
}
