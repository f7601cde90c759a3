package org.custodia.research.internal.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the lattice node with the least information loss that satisfies the privacy model, after the
 * Flash algorithm (Kohlmayer et al. 2012, as in ARX; docs/research.md):
 *
 * <ol>
 *   <li>classify: walk a path upwards from the lowest unclassified node, binary-search it for the
 *       lowest node that satisfies the model, and tag predictively: a node that satisfies it makes
 *       every more general node satisfy it, one that fails makes every less general node fail;
 *   <li>optimise: visit the satisfying nodes in order of their loss without suppression, a lower
 *       bound of their loss, evaluating each until that bound reaches the best loss found.
 * </ol>
 */
final class LatticeSearch {

    private static final byte UNKNOWN = 0;
    private static final byte ANONYMOUS = 1;
    private static final byte NOT_ANONYMOUS = 2;

    private final Lattice lattice;
    private final NodeEvaluator evaluator;
    private final double[] lowerBound;
    private final byte[] tags;
    private final NodeEvaluation[] evaluated;

    LatticeSearch(Lattice lattice, NodeEvaluator evaluator, InformationLoss loss, PrivacyModel.LossMetric metric) {
        this.lattice = lattice;
        this.evaluator = evaluator;
        this.lowerBound = new double[lattice.size()];
        for (int node = 0; node < lattice.size(); node++) {
            lowerBound[node] = loss.lowerBound(metric, lattice.levels(node));
        }
        this.tags = new byte[lattice.size()];
        this.evaluated = new NodeEvaluation[lattice.size()];
    }

    Optional<NodeEvaluation> optimum() {
        classify();
        List<Integer> anonymous = new ArrayList<>();
        for (int node = 0; node < lattice.size(); node++) {
            if (tags[node] == ANONYMOUS) {
                anonymous.add(node);
            }
        }
        anonymous.sort(Comparator.<Integer>comparingDouble(node -> lowerBound[node])
                .thenComparingInt(lattice::rank)
                .thenComparingInt(node -> node));
        NodeEvaluation best = null;
        for (int node : anonymous) {
            if (best != null && lowerBound[node] >= best.loss()) {
                break;
            }
            NodeEvaluation evaluation = evaluate(node);
            if (best == null || evaluation.loss() < best.loss()) {
                best = evaluation;
            }
        }
        return Optional.ofNullable(best);
    }

    int anonymousNodes() {
        int count = 0;
        for (byte tag : tags) {
            count += tag == ANONYMOUS ? 1 : 0;
        }
        return count;
    }

    private void classify() {
        List<Integer> byRank = new ArrayList<>();
        for (int node = 0; node < lattice.size(); node++) {
            byRank.add(node);
        }
        byRank.sort(Comparator.comparingInt(lattice::rank));
        for (int start : byRank) {
            if (tags[start] == UNKNOWN) {
                searchPath(pathFrom(start));
            }
        }
    }

    /** A chain upwards through unclassified nodes, choosing the cheapest successor each step. */
    private List<Integer> pathFrom(int start) {
        List<Integer> path = new ArrayList<>(List.of(start));
        int current = start;
        while (true) {
            int next = -1;
            for (int successor : lattice.successors(current)) {
                if (tags[successor] == UNKNOWN && (next < 0 || lowerBound[successor] < lowerBound[next])) {
                    next = successor;
                }
            }
            if (next < 0) {
                return path;
            }
            path.add(next);
            current = next;
        }
    }

    /** Binary search of a chain, on which satisfying the model is monotone. */
    private void searchPath(List<Integer> path) {
        int low = 0;
        int high = path.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int node = path.get(middle);
            boolean anonymous = tags[node] == UNKNOWN ? evaluate(node).anonymous() : tags[node] == ANONYMOUS;
            if (anonymous) {
                tag(node, ANONYMOUS);
                high = middle - 1;
            } else {
                tag(node, NOT_ANONYMOUS);
                low = middle + 1;
            }
        }
    }

    private NodeEvaluation evaluate(int node) {
        if (evaluated[node] == null) {
            evaluated[node] = evaluator.evaluate(node);
        }
        return evaluated[node];
    }

    private void tag(int node, byte tag) {
        for (int other = 0; other < lattice.size(); other++) {
            boolean implied = tag == ANONYMOUS ? lattice.precedes(node, other) : lattice.precedes(other, node);
            if (implied && tags[other] == UNKNOWN) {
                tags[other] = tag;
            }
        }
    }
}
