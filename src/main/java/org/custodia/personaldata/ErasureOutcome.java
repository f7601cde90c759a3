package org.custodia.personaldata;

import java.util.ArrayList;
import java.util.List;

/**
 * What a holder did: how many rows it removed, and what it kept with the reason (for example, the
 * person is still the child of another case). Identifiers and reasons only.
 */
public record ErasureOutcome(int rowsRemoved, List<String> kept) {

    public ErasureOutcome {
        kept = List.copyOf(kept);
    }

    public static ErasureOutcome removed(int rows) {
        return new ErasureOutcome(rows, List.of());
    }

    public static ErasureOutcome keptBecause(String reason) {
        return new ErasureOutcome(0, List.of(reason));
    }

    public ErasureOutcome and(ErasureOutcome other) {
        List<String> all = new ArrayList<>(kept);
        all.addAll(other.kept);
        return new ErasureOutcome(rowsRemoved + other.rowsRemoved, all);
    }

    public boolean complete() {
        return kept.isEmpty();
    }
}
