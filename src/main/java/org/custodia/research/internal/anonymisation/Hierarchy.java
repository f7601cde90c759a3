package org.custodia.research.internal.anonymisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A generalisation hierarchy for one quasi-identifier, dictionary-encoded: level 0 holds the values
 * seen, each higher level a coarser label, and the top level is always {@code *} (suppressed), so
 * that every column can be generalised away. {@code generalise(level, code)} maps a level-0 code to
 * the code of its label at that level, so a row is generalised by array look-ups only.
 */
public final class Hierarchy {

    public static final String TOP = "*";

    private final String name;
    private final int[][] codes;
    private final String[][] labels;
    private final Map<String, Integer> dictionary;

    private Hierarchy(String name, int[][] codes, String[][] labels, Map<String, Integer> dictionary) {
        this.name = name;
        this.codes = codes;
        this.labels = labels;
        this.dictionary = dictionary;
    }

    /**
     * Builds the hierarchy of the given values, each generalised by {@code path}: the labels from the
     * value itself (first) to the coarsest group before {@code *}. Every path must have the same length.
     */
    public static Hierarchy of(String name, Iterable<String> values, Function<String, List<String>> path) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<List<String>> paths = new ArrayList<>();
        for (String value : values) {
            if (dictionary.containsKey(value)) {
                continue;
            }
            List<String> labels = new ArrayList<>(path.apply(value));
            if (labels.isEmpty() || !labels.get(0).equals(value)) {
                throw new IllegalArgumentException(name + ": a path must start with the value itself: " + value);
            }
            if (!labels.get(labels.size() - 1).equals(TOP)) {
                labels.add(TOP);
            }
            if (!paths.isEmpty() && paths.get(0).size() != labels.size()) {
                throw new IllegalArgumentException(name + ": every value needs a path of the same length: " + value);
            }
            dictionary.put(value, paths.size());
            paths.add(labels);
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(name + ": no values");
        }
        int levels = paths.get(0).size();
        int[][] codes = new int[levels][paths.size()];
        String[][] labels = new String[levels][];
        for (int level = 0; level < levels; level++) {
            Map<String, Integer> atLevel = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int value = 0; value < paths.size(); value++) {
                String label = paths.get(value).get(level);
                Integer code = atLevel.get(label);
                if (code == null) {
                    code = names.size();
                    atLevel.put(label, code);
                    names.add(label);
                }
                codes[level][value] = code;
            }
            labels[level] = names.toArray(String[]::new);
        }
        return new Hierarchy(name, codes, labels, Map.copyOf(dictionary));
    }

    public String name() {
        return name;
    }

    /** The highest level, at which every value is {@code *}. */
    public int height() {
        return codes.length - 1;
    }

    public int cardinality(int level) {
        return labels[level].length;
    }

    public int generalise(int level, int code) {
        return codes[level][code];
    }

    int[] codesAt(int level) {
        return codes[level];
    }

    public String label(int level, int code) {
        return labels[level][code];
    }

    /** The level-0 code of a value, or an error naming the column if the hierarchy lacks it. */
    public int encode(String value) {
        Integer code = dictionary.get(value);
        if (code == null) {
            throw new IllegalArgumentException(name + ": the hierarchy has no value " + value);
        }
        return code;
    }
}
