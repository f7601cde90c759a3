package org.custodia.governance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A DPIA's screening and description, as entered.
 *
 * @param screening the screening criteria that apply; any one means a DPIA is required
 * @param processingDescription the nature, scope, context and purposes of the processing
 * @param necessity why the processing is necessary and proportionate
 */
public record DpiaDraft(
        String title, Set<ScreeningCriterion> screening, String processingDescription, String necessity) {

    public DpiaDraft {
        screening = screening == null || screening.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(screening));
    }
}
