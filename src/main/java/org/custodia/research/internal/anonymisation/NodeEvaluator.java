package org.custodia.research.internal.anonymisation;

/**
 * Checks lattice nodes against a privacy model. A class smaller than k, or with fewer than l distinct
 * values of a sensitive attribute, is suppressed whole; the node satisfies the model when the records
 * so suppressed fit the suppression budget. Evaluation stops as soon as the budget is exceeded.
 */
final class NodeEvaluator {

    private final EncodedTable table;
    private final PrivacyModel model;
    private final Lattice lattice;
    private final InformationLoss loss;
    private int evaluations;

    NodeEvaluator(EncodedTable table, PrivacyModel model, Lattice lattice, InformationLoss loss) {
        this.table = table;
        this.model = model;
        this.lattice = lattice;
        this.loss = loss;
    }

    int evaluations() {
        return evaluations;
    }

    NodeEvaluation evaluate(int node) {
        evaluations++;
        int[] levels = lattice.levels(node);
        Partition partition = Partition.of(table, levels);
        boolean[] kept = keptClasses(partition);
        int budget = model.suppressionBudget(table.rows());
        int[] suppressedRows = new int[Math.min(budget, table.rows()) + 1];
        int suppressed = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (kept == null || !kept[partition.classOf[row]]) {
                if (suppressed == suppressedRows.length) {
                    return new NodeEvaluation(node, false, suppressed, Double.NaN);
                }
                suppressedRows[suppressed++] = row;
            }
        }
        if (suppressed > budget) {
            return new NodeEvaluation(node, false, suppressed, Double.NaN);
        }
        return new NodeEvaluation(
                node, true, suppressed, loss.loss(model.metric(), levels, suppressedRows, suppressed));
    }

    /** The classes that satisfy k and l, or null when so many records fall short of k that none can be kept. */
    boolean[] keptClasses(Partition partition) {
        int[] sizes = partition.sizes;
        boolean[] kept = new boolean[sizes.length];
        long small = 0;
        for (int c = 0; c < sizes.length; c++) {
            kept[c] = sizes[c] >= model.k();
            if (!kept[c]) {
                small += sizes[c];
            }
        }
        if (small > model.suppressionBudget(table.rows())) {
            return null;
        }
        if (model.l() > 1) {
            for (int s = 0; s < table.sensitiveNames().size(); s++) {
                int[] distinct = partition.distinct(table, s);
                for (int c = 0; c < sizes.length; c++) {
                    kept[c] &= distinct[c] >= model.l();
                }
            }
        }
        return kept;
    }
}
