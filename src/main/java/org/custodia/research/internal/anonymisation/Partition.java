package org.custodia.research.internal.anonymisation;

/**
 * The equivalence classes of a table generalised to one lattice node: {@code classOf[row]} numbers
 * each row's class (rows that look the same on every generalised quasi-identifier share one), and
 * {@code sizes[class]} counts its rows. Rows are grouped by a packed long of their generalised codes.
 */
final class Partition {

    final int[] classOf;
    final int[] sizes;

    private Partition(int[] classOf, int[] sizes) {
        this.classOf = classOf;
        this.sizes = sizes;
    }

    int classes() {
        return sizes.length;
    }

    static Partition of(EncodedTable table, int[] levels) {
        int rows = table.rows();
        long[] keys = new long[rows];
        int bits = 0;
        for (int q = 0; q < levels.length; q++) {
            Hierarchy hierarchy = table.hierarchies().get(q);
            int width = bitsFor(hierarchy.cardinality(levels[q]));
            if (width == 0) {
                continue;
            }
            if (bits + width > 62) {
                // The packed key would overflow: renumber the classes so far densely and go on from there.
                bits = bitsFor(densify(keys));
            }
            int[] generalised = hierarchy.codesAt(levels[q]);
            int[] column = table.quasiColumn(q);
            for (int row = 0; row < rows; row++) {
                keys[row] = (keys[row] << width) | generalised[column[row]];
            }
            bits += width;
        }
        int classes = densify(keys);
        int[] classOf = new int[rows];
        int[] sizes = new int[classes];
        for (int row = 0; row < rows; row++) {
            int c = (int) keys[row];
            classOf[row] = c;
            sizes[c]++;
        }
        return new Partition(classOf, sizes);
    }

    /** Replaces each key by its dense number; returns how many distinct keys there were. */
    private static int densify(long[] keys) {
        LongIntMap numbers = new LongIntMap(Math.min(keys.length, 1 << 16));
        for (int row = 0; row < keys.length; row++) {
            keys[row] = numbers.indexOf(keys[row]);
        }
        return numbers.size();
    }

    /** The distinct values of a sensitive column in each class. */
    int[] distinct(EncodedTable table, int sensitiveColumn) {
        int[] values = table.sensitiveColumn(sensitiveColumn);
        long cardinality = table.sensitiveCardinality(sensitiveColumn);
        int[] distinct = new int[sizes.length];
        LongIntMap seen = new LongIntMap(Math.min(values.length, 1 << 16));
        for (int row = 0; row < values.length; row++) {
            int before = seen.size();
            seen.indexOf(classOf[row] * cardinality + values[row]);
            if (seen.size() > before) {
                distinct[classOf[row]]++;
            }
        }
        return distinct;
    }

    static int bitsFor(int cardinality) {
        return cardinality <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(cardinality - 1);
    }
}
