package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * A risk to individuals and, once recorded, the measure that answers it.
 *
 * @param measure what is done about it, or null while none is recorded
 * @param residualRisk the risk left after the measure, or null while none is recorded
 */
public record DpiaRisk(
        UUID id,
        String description,
        Likelihood likelihood,
        Severity severity,
        String measure,
        MeasureEffect effect,
        RiskLevel residualRisk) {

    @JsonProperty
    public RiskLevel overall() {
        return likelihood == null || severity == null ? null : RiskLevel.of(likelihood, severity);
    }

    /** The risk that remains: the residual risk once a measure is recorded, the overall risk until then. */
    @JsonProperty
    public RiskLevel remaining() {
        return residualRisk != null ? residualRisk : overall();
    }
}
