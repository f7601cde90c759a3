package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A data protection impact assessment (UK GDPR Art 35) with its risks and the DPO's sign-off. */
public record Dpia(
        DpiaId id,
        String title,
        DpiaStatus status,
        Set<ScreeningCriterion> screening,
        String processingDescription,
        String necessity,
        List<DpiaRisk> risks,
        String dpoAdvice,
        boolean icoConsulted,
        Instant signedOffAt,
        String signedOffBy,
        LocalDate reviewDue,
        Instant createdAt) {

    /** The ICO's screening: any criterion that applies makes the processing likely high risk. */
    @JsonProperty
    public boolean required() {
        return !screening.isEmpty();
    }

    /** A high risk that no measure brings down: Art 36 asks for the ICO to be consulted first. */
    @JsonProperty
    public boolean hasUnmitigatedHighRisk() {
        return risks.stream().anyMatch(risk -> risk.remaining() == RiskLevel.HIGH);
    }
}
