package org.custodia.research.internal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressedTableUnitTests {

    @Test
    void aSmallCountIsHiddenAndSoIsAnotherCellSoTheTotalCannotGiveItAway() {
        SuppressedTable table = SuppressedTable.of(
                List.of("looked-after children"),
                List.of("foster", "kinship", "residential"),
                new long[][] {{40, 3, 12}},
                SuppressedTable.DEFAULT_THRESHOLD);

        assertThat(table.shown(0, 1)).isEqualTo("c");
        assertThat(table.primary(0, 1)).isTrue();
        // Residential (12) is the smallest other count: hidden as cover; the row total 55 stays.
        assertThat(table.shown(0, 2)).isEqualTo("c");
        assertThat(table.primary(0, 2)).isFalse();
        assertThat(table.shown(0, 0)).isEqualTo("40");
        assertThat(table.shown(0, 3)).isEqualTo("55");
        // The column of residential: 12 and its total 12; hiding the cell hides the total too.
        assertThat(table.shown(1, 2)).isEqualTo("c");
    }

    @Test
    void zerosAreShown() {
        SuppressedTable table =
                SuppressedTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{0, 10}, {7, 8}}, 5);

        IntStream.rangeClosed(0, 2)
                .forEach(r -> IntStream.rangeClosed(0, 2)
                        .forEach(c -> assertThat(table.hidden(r, c)).isFalse()));
    }

    /** On random tables, an attacker solving each row and column with one unknown recovers nothing. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void noHiddenCellCanBeWorkedOutFromTheTotals(long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        long[][] counts = new long[rows][columns];
        for (long[] row : counts) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
            }
        }
        SuppressedTable table = SuppressedTable.of(
                IntStream.range(0, rows).mapToObj(i -> "r" + i).toList(),
                IntStream.range(0, columns).mapToObj(i -> "c" + i).toList(),
                counts,
                5);

        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                long value = r < rows && c < columns ? counts[r][c] : -1;
                if (value > 0 && value < 5) {
                    assertThat(table.hidden(r, c)).isTrue();
                }
            }
        }
        for (int r = 0; r <= rows; r++) {
            int row = r;
            long hiddenInRow = IntStream.rangeClosed(0, columns)
                    .filter(c -> table.hidden(row, c))
                    .count();
            assertThat(hiddenInRow).as("row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c <= columns; c++) {
            int column = c;
            long hiddenInColumn = IntStream.rangeClosed(0, rows)
                    .filter(r -> table.hidden(r, column))
                    .count();
            assertThat(hiddenInColumn).as("column %d", c).isNotEqualTo(1);
        }
    }
}
