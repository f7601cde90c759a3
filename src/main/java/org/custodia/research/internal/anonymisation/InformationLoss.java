package org.custodia.research.internal.anonymisation;

/**
 * Both information loss metrics, normalised to 0 (the data as it is) .. 1 (everything suppressed).
 * A node's loss without suppression depends only on its levels and the columns' value counts, so it is
 * computed per column and level once; suppressing a record only raises its loss to the top level's,
 * so that figure is a lower bound of the node's loss that needs no pass over the rows. The search
 * prunes with it (docs/research.md).
 */
final class InformationLoss {

    private final EncodedTable table;
    /** bits[q][level][code]: bits one record with that level-0 code loses at that level. */
    private final double[][][] bits;
    /** total[q][level]: bits the whole column loses at that level. */
    private final double[][] total;

    private final double maxEntropyLoss;

    InformationLoss(EncodedTable table) {
        this.table = table;
        int columns = table.hierarchies().size();
        this.bits = new double[columns][][];
        this.total = new double[columns][];
        double max = 0;
        for (int q = 0; q < columns; q++) {
            Hierarchy hierarchy = table.hierarchies().get(q);
            int[] column = table.quasiColumn(q);
            int values = hierarchy.cardinality(0);
            long[] counts = new long[values];
            for (int code : column) {
                counts[code]++;
            }
            bits[q] = new double[hierarchy.height() + 1][values];
            total[q] = new double[hierarchy.height() + 1];
            for (int level = 0; level <= hierarchy.height(); level++) {
                long[] groupCounts = new long[hierarchy.cardinality(level)];
                for (int code = 0; code < values; code++) {
                    groupCounts[hierarchy.generalise(level, code)] += counts[code];
                }
                for (int code = 0; code < values; code++) {
                    if (counts[code] > 0) {
                        double lost = log2((double) groupCounts[hierarchy.generalise(level, code)] / counts[code]);
                        bits[q][level][code] = lost;
                        total[q][level] += lost * counts[code];
                    }
                }
            }
            max += total[q][hierarchy.height()];
        }
        this.maxEntropyLoss = max;
    }

    /** The node's loss if no record were suppressed: a lower bound of its loss. */
    double lowerBound(PrivacyModel.LossMetric metric, int[] levels) {
        return switch (metric) {
            case GENERALISATION_INTENSITY -> intensity(levels, 0);
            case NON_UNIFORM_ENTROPY -> entropy(levels, 0);
        };
    }

    /** The node's loss when the first {@code count} rows listed in {@code suppressedRows} are suppressed. */
    double loss(PrivacyModel.LossMetric metric, int[] levels, int[] suppressedRows, int count) {
        return switch (metric) {
            case GENERALISATION_INTENSITY -> intensity(levels, count);
            case NON_UNIFORM_ENTROPY -> entropy(levels, suppressedEntropy(levels, suppressedRows, count));
        };
    }

    double intensity(int[] levels, int suppressed) {
        int rows = table.rows();
        double sum = 0;
        for (int q = 0; q < levels.length; q++) {
            double height = table.hierarchies().get(q).height();
            if (height == 0) {
                continue; // a column that is already all "*" loses nothing more
            }
            double kept = levels[q] / height;
            sum += (kept * (rows - suppressed) + suppressed) / rows;
        }
        return sum / levels.length;
    }

    double entropy(int[] levels, double extraBits) {
        if (maxEntropyLoss == 0) {
            return 0;
        }
        double sum = extraBits;
        for (int q = 0; q < levels.length; q++) {
            sum += total[q][levels[q]];
        }
        return sum / maxEntropyLoss;
    }

    private double suppressedEntropy(int[] levels, int[] suppressedRows, int count) {
        double extra = 0;
        for (int i = 0; i < count; i++) {
            int row = suppressedRows[i];
            for (int q = 0; q < levels.length; q++) {
                int code = table.quasiColumn(q)[row];
                int top = bits[q].length - 1;
                extra += bits[q][top][code] - bits[q][levels[q]][code];
            }
        }
        return extra;
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
