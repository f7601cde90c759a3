package org.custodia.research.internal.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts for publication, with its row and column totals, after small-number suppression
 * (docs/research.md): counts from 1 to {@code threshold - 1} are hidden (primary), then more cells are
 * hidden wherever a row or column, totals included, would otherwise have exactly one hidden entry,
 * which its total (or the other entries) would give away (secondary). Zeros are shown: they reveal
 * nobody.
 */
public final class SuppressedTable {

    /** The small-number threshold the issue and the DfE's practice use: counts under 5 are hidden. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    /** (rows + 1) x (columns + 1): the last row and column hold the totals. */
    private final long[][] values;

    private final boolean[][] hidden;
    private final boolean[][] primary;

    private SuppressedTable(List<String> rowLabels, List<String> columnLabels, long[][] values) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.values = values;
        this.hidden = new boolean[values.length][values[0].length];
        this.primary = new boolean[values.length][values[0].length];
    }

    /** Suppresses {@code counts[row][column]}; totals are computed here, so they always add up. */
    public static SuppressedTable of(
            List<String> rowLabels, List<String> columnLabels, long[][] counts, int threshold) {
        if (counts.length != rowLabels.size() || counts.length == 0) {
            throw new IllegalArgumentException("one row of counts for each row label, and at least one row");
        }
        int columns = columnLabels.size();
        long[][] values = new long[counts.length + 1][columns + 1];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + rowLabels.get(r) + " needs " + columns + " counts");
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("a count cannot be negative");
                }
                values[r][c] = counts[r][c];
                values[r][columns] += counts[r][c];
                values[counts.length][c] += counts[r][c];
                values[counts.length][columns] += counts[r][c];
            }
        }
        SuppressedTable table = new SuppressedTable(rowLabels, columnLabels, values);
        table.suppressSmallCounts(threshold);
        table.suppressComplements();
        return table;
    }

    private void suppressSmallCounts(int threshold) {
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (values[r][c] > 0 && values[r][c] < threshold) {
                    hidden[r][c] = true;
                    primary[r][c] = true;
                }
            }
        }
    }

    /** Until no line (row or column with its total) has exactly one hidden entry, hide its smallest other entry. */
    private void suppressComplements() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<int[]> line : lines()) {
                List<int[]> hiddenCells =
                        line.stream().filter(cell -> hidden[cell[0]][cell[1]]).toList();
                if (hiddenCells.size() == 1) {
                    int[] cover = smallestShown(line);
                    hidden[cover[0]][cover[1]] = true;
                    changed = true;
                }
            }
        }
    }

    /** The smallest shown entry of a line, preferring non-zero counts over zeros and cells over totals. */
    private int[] smallestShown(List<int[]> line) {
        int[] best = null;
        for (int[] cell : line) {
            if (!hidden[cell[0]][cell[1]] && (best == null || rank(cell) < rank(best))) {
                best = cell;
            }
        }
        return best;
    }

    private long rank(int[] cell) {
        long value = values[cell[0]][cell[1]];
        boolean total = cell[0] == values.length - 1 || cell[1] == values[0].length - 1;
        // Non-zero counts cover best (a reader may know a zero is structural); totals go last, readers need them.
        return (total ? 1L << 62 : 0) + (value == 0 ? 1L << 61 : 0) + value;
    }

    private List<List<int[]>> lines() {
        List<List<int[]>> lines = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            List<int[]> line = new ArrayList<>();
            for (int c = 0; c < values[r].length; c++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        for (int c = 0; c < values[0].length; c++) {
            List<int[]> line = new ArrayList<>();
            for (int r = 0; r < values.length; r++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        return lines;
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The published text of a cell ({@code row == rows()} is the totals row, likewise columns): a count or "c". */
    public String shown(int row, int column) {
        return hidden[row][column] ? "c" : Long.toString(values[row][column]);
    }

    public boolean hidden(int row, int column) {
        return hidden[row][column];
    }

    public boolean primary(int row, int column) {
        return primary[row][column];
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }
}
