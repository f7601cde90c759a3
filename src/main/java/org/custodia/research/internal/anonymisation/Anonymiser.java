package org.custodia.research.internal.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Anonymises an encoded table under a privacy model: searches the lattice for the generalisation of
 * least loss (LatticeSearch), suppresses the classes that still fail, and reports what was achieved.
 * Empty when no generalisation satisfies the model (e.g. fewer than l distinct sensitive values at all).
 */
public final class Anonymiser {

    private Anonymiser() {}

    public static Optional<Anonymisation> anonymise(EncodedTable table, PrivacyModel model) {
        return anonymise(table, model, null);
    }

    /** With a population table (same hierarchies) for the journalist and marketer risk. */
    public static Optional<Anonymisation> anonymise(EncodedTable table, PrivacyModel model, EncodedTable population) {
        int[] heights = table.hierarchies().stream().mapToInt(Hierarchy::height).toArray();
        Lattice lattice = new Lattice(heights);
        InformationLoss loss = new InformationLoss(table);
        NodeEvaluator evaluator = new NodeEvaluator(table, model, lattice, loss);
        LatticeSearch search = new LatticeSearch(lattice, evaluator, loss, model.metric());
        return search.optimum().map(best -> release(table, model, population, lattice, loss, evaluator, best));
    }

    /** Evaluates one given node (for comparison with the search, and for a DPO who fixes the levels). */
    public static Optional<Anonymisation> atLevels(
            EncodedTable table, PrivacyModel model, int[] levels, EncodedTable population) {
        int[] heights = table.hierarchies().stream().mapToInt(Hierarchy::height).toArray();
        Lattice lattice = new Lattice(heights);
        InformationLoss loss = new InformationLoss(table);
        NodeEvaluator evaluator = new NodeEvaluator(table, model, lattice, loss);
        NodeEvaluation evaluation = evaluator.evaluate(lattice.node(levels));
        return evaluation.anonymous()
                ? Optional.of(release(table, model, population, lattice, loss, evaluator, evaluation))
                : Optional.empty();
    }

    private static Anonymisation release(
            EncodedTable table,
            PrivacyModel model,
            EncodedTable population,
            Lattice lattice,
            InformationLoss loss,
            NodeEvaluator evaluator,
            NodeEvaluation best) {
        int[] levels = lattice.levels(best.node());
        Partition partition = Partition.of(table, levels);
        boolean[] kept = evaluator.keptClasses(partition);
        List<Integer> keptClasses = new ArrayList<>();
        SortedMap<Integer, Integer> bySize = new TreeMap<>();
        int released = 0;
        for (int c = 0; c < partition.classes(); c++) {
            if (kept[c]) {
                keptClasses.add(c);
                released += partition.sizes[c];
                bySize.merge(partition.sizes[c], partition.sizes[c], Integer::sum);
            }
        }
        int[] f = keptClasses.stream().mapToInt(c -> partition.sizes[c]).toArray();
        List<Integer> lAchieved = new ArrayList<>();
        for (int s = 0; s < table.sensitiveNames().size(); s++) {
            int[] distinct = partition.distinct(table, s);
            lAchieved.add(keptClasses.stream().mapToInt(c -> distinct[c]).min().orElse(0));
        }
        long[] inPopulation =
                population == null ? null : PopulationCounts.of(table, population, levels, partition, keptClasses);
        int suppressed = table.rows() - released;
        AnonymityReport report = new AnonymityReport(
                table.hierarchies().stream().map(Hierarchy::name).toList(),
                levels,
                f.length == 0 ? 0 : java.util.Arrays.stream(f).min().getAsInt(),
                List.copyOf(lAchieved),
                released,
                suppressed,
                f.length,
                loss.intensity(levels, suppressed),
                best.anonymous() && model.metric() == PrivacyModel.LossMetric.NON_UNIFORM_ENTROPY
                        ? best.loss()
                        : entropy(table, loss, levels, partition, kept, suppressed),
                ReidentificationRisk.of(f, inPopulation),
                java.util.Collections.unmodifiableSortedMap(bySize),
                lattice.size(),
                evaluator.evaluations());
        return new Anonymisation(table, levels, partition, kept, report);
    }

    private static double entropy(
            EncodedTable table, InformationLoss loss, int[] levels, Partition partition, boolean[] kept, int count) {
        int[] rows = new int[count];
        int i = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (!kept[partition.classOf[row]]) {
                rows[i++] = row;
            }
        }
        return loss.loss(PrivacyModel.LossMetric.NON_UNIFORM_ENTROPY, levels, rows, count);
    }
}
