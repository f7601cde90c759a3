package org.custodia.research.internal.anonymisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many records of a population table fall in each released class (for the journalist model). */
final class PopulationCounts {

    private PopulationCounts() {}

    static long[] of(
            EncodedTable sample, EncodedTable population, int[] levels, Partition partition, List<Integer> kept) {
        Map<List<Integer>, Long> counts = new HashMap<>();
        for (int row = 0; row < population.rows(); row++) {
            counts.merge(key(population, levels, row), 1L, Long::sum);
        }
        Map<Integer, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < sample.rows(); row++) {
            firstRow.putIfAbsent(partition.classOf[row], row);
        }
        long[] sizes = new long[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            sizes[i] = counts.getOrDefault(key(sample, levels, firstRow.get(kept.get(i))), 0L);
        }
        return sizes;
    }

    private static List<Integer> key(EncodedTable table, int[] levels, int row) {
        Integer[] key = new Integer[levels.length];
        for (int q = 0; q < levels.length; q++) {
            key[q] = table.hierarchies().get(q).generalise(levels[q], table.quasiCode(q, row));
        }
        return List.of(key);
    }
}
