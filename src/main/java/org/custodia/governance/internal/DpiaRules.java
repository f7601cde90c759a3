package org.custodia.governance.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.governance.Dpia;
import org.custodia.governance.DpiaDraft;
import org.custodia.governance.DpiaRisk;
import org.custodia.governance.MeasureEffect;
import org.custodia.governance.RiskLevel;
import org.custodia.governance.SignOff;
import org.custodia.shared.InvalidInput;

/** What a DPIA must hold to be kept, and to be signed off (UK GDPR Art 35(7), Art 36). */
public final class DpiaRules {

    private DpiaRules() {}

    public static void check(DpiaDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", "Title", draft.title(), 200, "Enter a title for the DPIA");
        text(errors, "processingDescription", "Description", draft.processingDescription(), 4000, null);
        text(errors, "necessity", "Necessity and proportionality", draft.necessity(), 4000, null);
        throwIfAny(errors);
    }

    public static void check(DpiaRisk risk) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "description", "The risk", risk.description(), 2000, "Describe the risk to individuals");
        if (risk.likelihood() == null) {
            errors.put("likelihood", "Select how likely harm is");
        }
        if (risk.severity() == null) {
            errors.put("severity", "Select how severe the harm would be");
        }
        boolean anyMeasure = (risk.measure() != null && !risk.measure().isBlank())
                || risk.effect() != null
                || risk.residualRisk() != null;
        if (anyMeasure) {
            measure(errors, risk.measure(), risk.effect(), risk.residualRisk());
        }
        throwIfAny(errors);
    }

    public static void checkMeasure(String measure, MeasureEffect effect, RiskLevel residual) {
        Map<String, String> errors = new LinkedHashMap<>();
        measure(errors, measure, effect, residual);
        throwIfAny(errors);
    }

    /**
     * The DPO signs off a complete assessment, sets its review date in the future, and — where a
     * high risk remains after the measures — only once the ICO has been consulted (Art 36).
     */
    public static void checkSignOff(Dpia dpia, SignOff signOff, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (dpia.processingDescription() == null || dpia.processingDescription().isBlank()) {
            errors.put("processingDescription", "Describe the processing before signing off the DPIA");
        }
        if (dpia.necessity() == null || dpia.necessity().isBlank()) {
            errors.put("necessity", "Explain why the processing is necessary and proportionate before signing off");
        }
        if (dpia.required() && dpia.risks().isEmpty()) {
            errors.put("risks", "Screening says a DPIA is required: assess at least one risk before signing off");
        }
        text(errors, "dpoAdvice", "Advice", signOff.dpoAdvice(), 4000, "Enter the data protection officer's advice");
        if (signOff.reviewDue() == null) {
            errors.put("reviewDue", "Enter the date the DPIA is to be reviewed");
        } else if (!signOff.reviewDue().isAfter(today)) {
            errors.put("reviewDue", "The review date must be in the future");
        }
        if (dpia.hasUnmitigatedHighRisk() && !signOff.icoConsulted()) {
            errors.put(
                    "icoConsulted",
                    "A high risk remains after the measures: consult the ICO (Art 36) and record that you did"
                            + " before signing off");
        }
        throwIfAny(errors);
    }

    private static void measure(Map<String, String> errors, String measure, MeasureEffect effect, RiskLevel residual) {
        text(errors, "measure", "The measure", measure, 2000, "Describe the measure that answers the risk");
        if (effect == null) {
            errors.put("effect", "Select the measure's effect on the risk");
        }
        if (residual == null) {
            errors.put("residualRisk", "Select the risk that remains");
        } else if (effect == MeasureEffect.ELIMINATED && residual != RiskLevel.LOW) {
            errors.put("residualRisk", "An eliminated risk leaves a low residual risk");
        }
    }

    /** A text field: {@code requiredMessage} is null for an optional one. */
    private static void text(
            Map<String, String> errors, String field, String label, String value, int max, String requiredMessage) {
        if (value == null || value.isBlank()) {
            if (requiredMessage != null) {
                errors.putIfAbsent(field, requiredMessage);
            }
        } else if (value.length() > max) {
            errors.putIfAbsent(field, label + " must be " + max + " characters or fewer");
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
