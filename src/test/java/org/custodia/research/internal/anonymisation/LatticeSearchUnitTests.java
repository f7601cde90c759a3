package org.custodia.research.internal.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search finds the least loss that brute force over every node of the lattice finds. */
class LatticeSearchUnitTests {

    @ParameterizedTest
    @CsvSource({
        "21, 600, 5, 2, 0.05, NON_UNIFORM_ENTROPY",
        "22, 600, 5, 2, 0.05, GENERALISATION_INTENSITY",
        "23, 400, 3, 2, 0.00, NON_UNIFORM_ENTROPY",
        "24, 900, 8, 3, 0.10, NON_UNIFORM_ENTROPY",
        "25, 900, 8, 3, 0.10, GENERALISATION_INTENSITY",
        "26, 250, 4, 1, 0.30, GENERALISATION_INTENSITY"
    })
    void findsTheNodeOfLeastLossThatBruteForceFinds(
            long seed, int count, int k, int l, double suppression, PrivacyModel.LossMetric metric) {
        List<String[]> rows = GeneratedRecords.rows(seed, count, count / 8);
        EncodedTable table = EncodedTable.of(GeneratedRecords.hierarchies(rows), List.of("placement"), rows);
        PrivacyModel model = new PrivacyModel(k, l, suppression, metric);
        Lattice lattice = new Lattice(
                table.hierarchies().stream().mapToInt(Hierarchy::height).toArray());

        double bruteForce = Double.MAX_VALUE;
        for (int node = 0; node < lattice.size(); node++) {
            Optional<Anonymisation> candidate = Anonymiser.atLevels(table, model, lattice.levels(node), null);
            if (candidate.isPresent()) {
                bruteForce = Math.min(bruteForce, loss(candidate.get().report(), metric));
            }
        }
        AnonymityReport found = Anonymiser.anonymise(table, model).orElseThrow().report();

        assertThat(loss(found, metric)).isCloseTo(bruteForce, within(1e-12));
        assertThat(found.nodesEvaluated()).isLessThan(lattice.size());
    }

    @ParameterizedTest
    @CsvSource({"31, 700, 5, 2, 0.05", "32, 700, 10, 3, 0.00"})
    void aNodeMoreGeneralThanOneThatSatisfiesTheModelSatisfiesItToo(
            long seed, int count, int k, int l, double suppression) {
        List<String[]> rows = GeneratedRecords.rows(seed, count, count / 8);
        EncodedTable table = EncodedTable.of(GeneratedRecords.hierarchies(rows), List.of("placement"), rows);
        PrivacyModel model = new PrivacyModel(k, l, suppression, PrivacyModel.LossMetric.NON_UNIFORM_ENTROPY);
        Lattice lattice = new Lattice(
                table.hierarchies().stream().mapToInt(Hierarchy::height).toArray());
        boolean[] anonymous = new boolean[lattice.size()];
        for (int node = 0; node < lattice.size(); node++) {
            anonymous[node] = Anonymiser.atLevels(table, model, lattice.levels(node), null)
                    .isPresent();
        }
        for (int node = 0; node < lattice.size(); node++) {
            for (int successor : lattice.successors(node)) {
                assertThat(!anonymous[node] || anonymous[successor])
                        .as("node %s satisfies the model, its successor %s must", node, successor)
                        .isTrue();
            }
        }
    }

    private static double loss(AnonymityReport report, PrivacyModel.LossMetric metric) {
        return metric == PrivacyModel.LossMetric.NON_UNIFORM_ENTROPY
                ? report.nonUniformEntropy()
                : report.generalisationIntensity();
    }
}
