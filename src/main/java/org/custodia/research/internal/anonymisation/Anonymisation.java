package org.custodia.research.internal.anonymisation;

import java.util.function.Consumer;

/**
 * A table generalised to the chosen node with the failing classes suppressed (left out of the
 * release: a suppressed record is not released with stars, so it cannot form a small class of its own).
 */
public final class Anonymisation {

    private final EncodedTable table;
    private final int[] levels;
    private final Partition partition;
    private final boolean[] kept;
    private final AnonymityReport report;

    Anonymisation(EncodedTable table, int[] levels, Partition partition, boolean[] kept, AnonymityReport report) {
        this.table = table;
        this.levels = levels;
        this.partition = partition;
        this.kept = kept;
        this.report = report;
    }

    public AnonymityReport report() {
        return report;
    }

    /** Each released record: its generalised quasi-identifiers, then its sensitive values. */
    public void forEachReleased(Consumer<String[]> row) {
        int q = levels.length;
        int s = table.sensitiveNames().size();
        for (int r = 0; r < table.rows(); r++) {
            if (!kept[partition.classOf[r]]) {
                continue;
            }
            String[] values = new String[q + s];
            for (int column = 0; column < q; column++) {
                Hierarchy hierarchy = table.hierarchies().get(column);
                values[column] = hierarchy.label(
                        levels[column], hierarchy.generalise(levels[column], table.quasiCode(column, r)));
            }
            for (int column = 0; column < s; column++) {
                values[q + column] = table.sensitiveLabel(column, table.sensitiveCode(column, r));
            }
            row.accept(values);
        }
    }

    /** Whether the record at {@code row} of the input is released (for callers that carry other columns). */
    public boolean released(int row) {
        return kept[partition.classOf[row]];
    }

    /** The generalised label of quasi-identifier {@code column} of input record {@code row}. */
    public String label(int column, int row) {
        Hierarchy hierarchy = table.hierarchies().get(column);
        return hierarchy.label(levels[column], hierarchy.generalise(levels[column], table.quasiCode(column, row)));
    }
}
