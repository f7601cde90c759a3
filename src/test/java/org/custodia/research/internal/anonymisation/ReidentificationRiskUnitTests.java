package org.custodia.research.internal.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Risk on a table small enough to compute by hand. Sex kept, ethnicity generalised to its high-level
 * group, gives four classes: (female, Asian) 3, (male, Asian) 2, (female, White) 2, (male, White) 3;
 * ten records. In the population the same classes hold 6, 4, 10 and 5 people.
 */
class ReidentificationRiskUnitTests {

    static final int[] SEX_KEPT_ETHNICITY_GROUPED = {0, 1};

    @Test
    void prosecutorAndMarketerRiskWithoutAPopulation() {
        EncodedTable table = table(sample());
        ReidentificationRisk risk = Anonymiser.atLevels(table, model(), SEX_KEPT_ETHNICITY_GROUPED, null)
                .orElseThrow()
                .report()
                .risk();

        // Highest: the smallest class has 2 records, 1/2. Average over records: 4 classes / 10 records.
        assertThat(risk.prosecutorHighest()).isCloseTo(0.5, within(1e-12));
        assertThat(risk.prosecutorAverage()).isCloseTo(0.4, within(1e-12));
        // Without a population the journalist can do no better than the prosecutor.
        assertThat(risk.journalistHighest()).isCloseTo(0.5, within(1e-12));
        assertThat(risk.journalistAverage()).isCloseTo(0.4, within(1e-12));
        assertThat(risk.marketer()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void journalistAndMarketerRiskAgainstAPopulation() {
        List<String[]> sample = sample();
        List<String[]> population = new ArrayList<>();
        add(population, 6, "female", "Indian");
        add(population, 4, "male", "Pakistani");
        add(population, 10, "female", "Irish");
        add(population, 5, "male", "Roma");
        List<Hierarchy> hierarchies = hierarchies();
        EncodedTable table = EncodedTable.of(hierarchies, List.of(), sample);
        EncodedTable people = EncodedTable.of(hierarchies, List.of(), population);

        AnonymityReport report = Anonymiser.atLevels(table, model(), SEX_KEPT_ETHNICITY_GROUPED, people)
                .orElseThrow()
                .report();

        // Smallest population class 4; 4 classes over 6 + 4 + 10 + 5 = 25 people;
        // marketer (3/6 + 2/4 + 2/10 + 3/5) / 10 = 0.18.
        assertThat(report.risk().journalistHighest()).isCloseTo(0.25, within(1e-12));
        assertThat(report.risk().journalistAverage()).isCloseTo(0.16, within(1e-12));
        assertThat(report.risk().marketer()).isCloseTo(0.18, within(1e-12));
        assertThat(report.risk().prosecutorHighest()).isCloseTo(0.5, within(1e-12));
        assertThat(report.recordsByClassSize()).containsEntry(2, 4).containsEntry(3, 6);
        assertThat(report.kAchieved()).isEqualTo(2);
    }

    @Test
    void lossOfTheHandTable() {
        AnonymityReport report = Anonymiser.atLevels(table(sample()), model(), SEX_KEPT_ETHNICITY_GROUPED, null)
                .orElseThrow()
                .report();

        // Sex at level 0 of 1, ethnicity at level 1 of 2: intensity (0 + 1/2) / 2.
        assertThat(report.generalisationIntensity()).isCloseTo(0.25, within(1e-12));
        // Entropy: the Asian group of 5 holds Indian 3 and Pakistani 2, the White group of 5 holds
        // Irish 2 and Roma 3: 3 log2(5/3) + 2 log2(5/2) twice. Everything suppressed loses the sex
        // column's 10 bits (5 and 5 of 10) and ethnicity's 3 log2(10/3) + 2 log2(10/2) twice.
        double grouped = 2 * (3 * log2(5.0 / 3) + 2 * log2(5.0 / 2));
        double all = 10 + (3 * log2(10.0 / 3) + 2 * log2(10.0 / 2)) * 2;
        assertThat(report.nonUniformEntropy()).isCloseTo(grouped / all, within(1e-12));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    private static PrivacyModel model() {
        return new PrivacyModel(2, 1, 0, PrivacyModel.LossMetric.NON_UNIFORM_ENTROPY);
    }

    private static List<String[]> sample() {
        List<String[]> rows = new ArrayList<>();
        add(rows, 3, "female", "Indian");
        add(rows, 2, "male", "Pakistani");
        add(rows, 2, "female", "Irish");
        add(rows, 3, "male", "Roma");
        return rows;
    }

    private static EncodedTable table(List<String[]> rows) {
        return EncodedTable.of(hierarchies(), List.of(), rows);
    }

    private static List<Hierarchy> hierarchies() {
        List<String> sexes = List.of("female", "male");
        List<String> ethnicities = List.copyOf(OnsEthnicGroups.MAJOR_GROUP.keySet());
        return List.of(
                Hierarchy.of("sex", sexes, Hierarchies.keptOrSuppressed()),
                Hierarchy.of("ethnicity", ethnicities, Hierarchies.ethnicity()));
    }

    private static void add(List<String[]> rows, int times, String sex, String ethnicity) {
        for (int i = 0; i < times; i++) {
            rows.add(new String[] {sex, ethnicity});
        }
    }
}
