package org.custodia.research.internal.anonymisation;

import java.util.List;
import java.util.SortedMap;

/**
 * What is reported of one anonymised extract: the generalisation chosen, k and l achieved (the
 * smallest class and the fewest distinct sensitive values in one class, per sensitive attribute),
 * records released and suppressed, both information loss metrics, the risk, and how many records
 * sit in classes of each size (the chart of risk: a record's prosecutor risk is 1 / its class size).
 */
public record AnonymityReport(
        List<String> quasiIdentifiers,
        int[] levels,
        int kAchieved,
        List<Integer> lAchieved,
        int released,
        int suppressed,
        int classes,
        double generalisationIntensity,
        double nonUniformEntropy,
        ReidentificationRisk risk,
        SortedMap<Integer, Integer> recordsByClassSize,
        int latticeNodes,
        int nodesEvaluated) {}
