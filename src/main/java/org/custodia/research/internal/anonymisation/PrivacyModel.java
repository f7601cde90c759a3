package org.custodia.research.internal.anonymisation;

/**
 * What a released anonymised extract must satisfy: every equivalence class has at least {@code k}
 * records and at least {@code l} distinct values of each sensitive attribute, after suppressing at
 * most {@code maxSuppression} (a fraction) of the records. {@code metric} is what the search minimises.
 */
public record PrivacyModel(int k, int l, double maxSuppression, LossMetric metric) {

    public static final int DEFAULT_K = 5;
    public static final int DEFAULT_L = 2;
    public static final double DEFAULT_SUPPRESSION = 0.05;

    public PrivacyModel {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2 (k = 1 hides nobody)");
        }
        if (l < 1) {
            throw new IllegalArgumentException("l must be at least 1");
        }
        if (l > k) {
            throw new IllegalArgumentException("l cannot exceed k: a class of k records has at most k distinct values");
        }
        if (maxSuppression < 0 || maxSuppression > 1) {
            throw new IllegalArgumentException("the suppression limit is a fraction between 0 and 1");
        }
        if (metric == null) {
            throw new IllegalArgumentException("choose an information loss metric");
        }
    }

    public static PrivacyModel defaults() {
        return new PrivacyModel(DEFAULT_K, DEFAULT_L, DEFAULT_SUPPRESSION, LossMetric.NON_UNIFORM_ENTROPY);
    }

    /** The number of records that may be suppressed out of {@code rows}. */
    int suppressionBudget(int rows) {
        return (int) Math.floor(maxSuppression * rows + 1e-9);
    }

    public enum LossMetric {
        /** Mean over cells of level / height, suppressed cells counting 1 (ARX's "precision"). */
        GENERALISATION_INTENSITY,
        /** Bits lost by replacing values with their group, suppressed cells losing all (docs/research.md). */
        NON_UNIFORM_ENTROPY
    }
}
