package org.custodia.research.internal.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On generated records, whatever k, l and suppression bound: every class of the released extract,
 * grouped here from the released values themselves, has at least k records and at least l distinct
 * values of each sensitive attribute, and no more records are suppressed than the bound allows.
 */
class AnonymiserPropertyUnitTests {

    @ParameterizedTest
    @CsvSource({
        "1, 2000, 5, 2, 0.05, NON_UNIFORM_ENTROPY",
        "2, 3000, 5, 2, 0.00, NON_UNIFORM_ENTROPY",
        "3, 1500, 10, 3, 0.02, GENERALISATION_INTENSITY",
        "4, 500, 3, 3, 0.10, NON_UNIFORM_ENTROPY",
        "5, 5000, 20, 4, 0.01, GENERALISATION_INTENSITY",
        "6, 800, 2, 1, 0.00, GENERALISATION_INTENSITY",
        "7, 4000, 5, 2, 0.20, NON_UNIFORM_ENTROPY"
    })
    void everyReleasedClassHasKRecordsAndLDistinctSensitiveValues(
            long seed, int count, int k, int l, double suppression, PrivacyModel.LossMetric metric) {
        List<String[]> rows = GeneratedRecords.rows(seed, count, count / 10);
        EncodedTable table = EncodedTable.of(GeneratedRecords.hierarchies(rows), List.of("placement"), rows);
        PrivacyModel model = new PrivacyModel(k, l, suppression, metric);

        Anonymisation anonymisation = Anonymiser.anonymise(table, model).orElseThrow();

        Map<List<String>, List<String>> classes = new HashMap<>();
        anonymisation.forEachReleased(
                row -> classes.computeIfAbsent(List.of(Arrays.copyOf(row, 5)), key -> new ArrayList<>())
                        .add(row[5]));
        assertThat(classes).isNotEmpty();
        int smallest = Integer.MAX_VALUE;
        int fewestDistinct = Integer.MAX_VALUE;
        int released = 0;
        for (List<String> sensitive : classes.values()) {
            Set<String> distinct = new HashSet<>(sensitive);
            assertThat(sensitive).hasSizeGreaterThanOrEqualTo(k);
            assertThat(distinct).hasSizeGreaterThanOrEqualTo(l);
            smallest = Math.min(smallest, sensitive.size());
            fewestDistinct = Math.min(fewestDistinct, distinct.size());
            released += sensitive.size();
        }
        AnonymityReport report = anonymisation.report();
        assertThat(report.kAchieved()).isEqualTo(smallest);
        assertThat(report.lAchieved()).containsExactly(fewestDistinct);
        assertThat(report.classes()).isEqualTo(classes.size());
        assertThat(report.released()).isEqualTo(released);
        assertThat(report.suppressed()).isEqualTo(count - released).isLessThanOrEqualTo((int) (suppression * count));
        assertThat(report.risk().prosecutorHighest()).isLessThanOrEqualTo(1.0 / k);
    }

    @ParameterizedTest
    @CsvSource({"11, 300", "12, 600"})
    void noGeneralisationIsFoundWhenTheSensitiveAttributeHasFewerThanLValues(long seed, int count) {
        List<String[]> rows = GeneratedRecords.rows(seed, count, 30);
        rows.forEach(row -> row[5] = "foster");
        EncodedTable table = EncodedTable.of(GeneratedRecords.hierarchies(rows), List.of("placement"), rows);

        assertThat(Anonymiser.anonymise(table, PrivacyModel.defaults())).isEmpty();
    }
}
