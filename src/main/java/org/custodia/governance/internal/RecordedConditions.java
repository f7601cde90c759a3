package org.custodia.governance.internal;

import java.util.Comparator;
import java.util.Optional;
import org.custodia.casework.CaseType;
import org.custodia.casework.SensitiveCategory;
import org.custodia.casework.spi.SpecialCategoryConditions;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.springframework.stereotype.Component;

/**
 * Answers casework from the record of processing: the activity linked to the case type must name an
 * Art 10 condition for criminal offence data, or an Art 9 condition for anything else (safeguarding
 * information included). A draft activity counts: adopting or writing the entry is what names the
 * condition; going live is about the DPIA, not about the condition.
 */
@Component
class RecordedConditions implements SpecialCategoryConditions {

    private final ActivityRows rows;

    RecordedConditions(ActivityRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> conditionFor(CaseType type, SensitiveCategory category) {
        return rows.conditionsFor(type).flatMap(conditions -> {
            if (category == SensitiveCategory.CRIMINAL_OFFENCES) {
                return Optional.ofNullable(conditions.art10()).map(Art10Condition::citation);
            }
            return conditions.art9().stream().min(Comparator.naturalOrder()).map(Art9Condition::citation);
        });
    }
}
