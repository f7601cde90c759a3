package org.custodia.research.internal.anonymisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records to anonymise, column by column as dictionary codes: {@code quasi[q][row]} is the level-0
 * code of quasi-identifier q in its hierarchy, {@code sensitive[s][row]} the code of sensitive
 * attribute s. Ints in columns keep a million records in a few tens of megabytes and let a lattice
 * node be evaluated by array look-ups.
 */
public final class EncodedTable {

    private final List<Hierarchy> hierarchies;
    private final List<String> sensitiveNames;
    private final int[][] quasi;
    private final int[][] sensitive;
    private final String[][] sensitiveLabels;

    private EncodedTable(
            List<Hierarchy> hierarchies,
            List<String> sensitiveNames,
            int[][] quasi,
            int[][] sensitive,
            String[][] sensitiveLabels) {
        this.hierarchies = hierarchies;
        this.sensitiveNames = sensitiveNames;
        this.quasi = quasi;
        this.sensitive = sensitive;
        this.sensitiveLabels = sensitiveLabels;
    }

    /**
     * Encodes rows whose first {@code hierarchies.size()} values are the quasi-identifiers (in the
     * hierarchies' order) and the rest the sensitive attributes named.
     */
    public static EncodedTable of(List<Hierarchy> hierarchies, List<String> sensitiveNames, List<String[]> rows) {
        Builder builder = builder(hierarchies, sensitiveNames);
        rows.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder(List<Hierarchy> hierarchies, List<String> sensitiveNames) {
        return new Builder(List.copyOf(hierarchies), List.copyOf(sensitiveNames));
    }

    /** Encodes row by row, so that a large extract never exists as strings all at once. */
    public static final class Builder {
        private final List<Hierarchy> hierarchies;
        private final List<String> sensitiveNames;
        private final List<Map<String, Integer>> dictionaries = new ArrayList<>();
        private final List<List<String>> labels = new ArrayList<>();
        private int[][] quasi;
        private int[][] sensitive;
        private int rows;

        private Builder(List<Hierarchy> hierarchies, List<String> sensitiveNames) {
            if (hierarchies.isEmpty()) {
                throw new IllegalArgumentException("an extract to anonymise needs at least one quasi-identifier");
            }
            this.hierarchies = hierarchies;
            this.sensitiveNames = sensitiveNames;
            this.quasi = new int[hierarchies.size()][1024];
            this.sensitive = new int[sensitiveNames.size()][1024];
            for (int column = 0; column < sensitiveNames.size(); column++) {
                dictionaries.add(new HashMap<>());
                labels.add(new ArrayList<>());
            }
        }

        public Builder add(String... values) {
            int q = hierarchies.size();
            if (values.length != q + sensitiveNames.size()) {
                throw new IllegalArgumentException(
                        "row " + rows + " has " + values.length + " values, not " + (q + sensitiveNames.size()));
            }
            if (rows == quasi[0].length) {
                quasi = grow(quasi);
                sensitive = grow(sensitive);
            }
            for (int column = 0; column < q; column++) {
                quasi[column][rows] = hierarchies.get(column).encode(values[column]);
            }
            for (int column = 0; column < sensitiveNames.size(); column++) {
                List<String> names = labels.get(column);
                sensitive[column][rows] = dictionaries.get(column).computeIfAbsent(values[q + column], value -> {
                    names.add(value);
                    return names.size() - 1;
                });
            }
            rows++;
            return this;
        }

        public EncodedTable build() {
            String[][] sensitiveLabels =
                    labels.stream().map(names -> names.toArray(String[]::new)).toArray(String[][]::new);
            return new EncodedTable(
                    hierarchies, sensitiveNames, trim(quasi, rows), trim(sensitive, rows), sensitiveLabels);
        }

        private static int[][] grow(int[][] columns) {
            int[][] grown = new int[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                grown[c] = java.util.Arrays.copyOf(columns[c], columns[c].length * 2);
            }
            return grown;
        }

        private static int[][] trim(int[][] columns, int rows) {
            int[][] trimmed = new int[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                trimmed[c] = java.util.Arrays.copyOf(columns[c], rows);
            }
            return trimmed;
        }
    }

    public int rows() {
        return quasi[0].length;
    }

    public List<Hierarchy> hierarchies() {
        return hierarchies;
    }

    public List<String> sensitiveNames() {
        return sensitiveNames;
    }

    int[] quasiColumn(int column) {
        return quasi[column];
    }

    int[] sensitiveColumn(int column) {
        return sensitive[column];
    }

    int sensitiveCardinality(int column) {
        return sensitiveLabels[column].length;
    }

    public String sensitiveLabel(int column, int code) {
        return sensitiveLabels[column][code];
    }

    public int quasiCode(int column, int row) {
        return quasi[column][row];
    }

    public int sensitiveCode(int column, int row) {
        return sensitive[column][row];
    }
}
