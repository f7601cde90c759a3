package org.custodia.research.internal.anonymisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The generalisation lattice: a node is one level per quasi-identifier, numbered in mixed radix so
 * that nodes are ints. Node a precedes node b when a is at or below b in every column; k-anonymity and
 * distinct l-diversity with a suppression bound are monotone along that order (docs/research.md),
 * which is what lets the search tag whole sub-lattices from one evaluation.
 */
public final class Lattice {

    private final int[] heights;
    private final int[] radix;
    private final int size;

    public Lattice(int[] heights) {
        this.heights = heights.clone();
        this.radix = new int[heights.length];
        long size = 1;
        for (int q = 0; q < heights.length; q++) {
            radix[q] = (int) size;
            size *= heights[q] + 1;
            if (size > 10_000_000) {
                throw new IllegalArgumentException("the lattice has more than ten million nodes; use fewer levels");
            }
        }
        this.size = (int) size;
    }

    public int size() {
        return size;
    }

    public int dimensions() {
        return heights.length;
    }

    public int height(int column) {
        return heights[column];
    }

    public int level(int node, int column) {
        return node / radix[column] % (heights[column] + 1);
    }

    public int[] levels(int node) {
        int[] levels = new int[heights.length];
        for (int q = 0; q < heights.length; q++) {
            levels[q] = level(node, q);
        }
        return levels;
    }

    public int node(int[] levels) {
        int node = 0;
        for (int q = 0; q < heights.length; q++) {
            if (levels[q] < 0 || levels[q] > heights[q]) {
                throw new IllegalArgumentException("level " + levels[q] + " out of range for column " + q);
            }
            node += levels[q] * radix[q];
        }
        return node;
    }

    public int top() {
        return size - 1;
    }

    /** The nodes one step more general. */
    public List<Integer> successors(int node) {
        List<Integer> successors = new ArrayList<>();
        for (int q = 0; q < heights.length; q++) {
            if (level(node, q) < heights[q]) {
                successors.add(node + radix[q]);
            }
        }
        return successors;
    }

    /** Whether {@code a} is at or below {@code b} in every column. */
    public boolean precedes(int a, int b) {
        for (int q = 0; q < heights.length; q++) {
            if (level(a, q) > level(b, q)) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the levels: the node's height in the lattice. */
    public int rank(int node) {
        int rank = 0;
        for (int q = 0; q < heights.length; q++) {
            rank += level(node, q);
        }
        return rank;
    }
}
