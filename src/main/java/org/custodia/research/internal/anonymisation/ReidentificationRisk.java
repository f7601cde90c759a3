package org.custodia.research.internal.anonymisation;

/**
 * Re-identification risk of a released extract under the three attacker models of El Emam (as in ARX;
 * docs/research.md gives the formulas): the prosecutor knows the person is in the extract, the
 * journalist knows only that they are in the population, the marketer tries to re-identify as many
 * records as possible. Highest is the worst record's risk, average the mean over records.
 */
public record ReidentificationRisk(
        double prosecutorHighest,
        double prosecutorAverage,
        double journalistHighest,
        double journalistAverage,
        double marketer) {

    /**
     * From the sizes of the released classes ({@code f}) and, when a population table was given, the
     * sizes of the same classes in the population ({@code population}, else null).
     */
    static ReidentificationRisk of(int[] f, long[] population) {
        long records = 0;
        int smallest = Integer.MAX_VALUE;
        for (int size : f) {
            records += size;
            smallest = Math.min(smallest, size);
        }
        if (records == 0) {
            return new ReidentificationRisk(0, 0, 0, 0, 0);
        }
        double prosecutorHighest = 1.0 / smallest;
        double prosecutorAverage = (double) f.length / records;
        if (population == null) {
            return new ReidentificationRisk(
                    prosecutorHighest, prosecutorAverage, prosecutorHighest, prosecutorAverage, prosecutorAverage);
        }
        long smallestInPopulation = Long.MAX_VALUE;
        long populationRecords = 0;
        double expectedMatches = 0;
        for (int j = 0; j < f.length; j++) {
            // An extract's records are in the population, so a class is never smaller there.
            long size = Math.max(population[j], f[j]);
            smallestInPopulation = Math.min(smallestInPopulation, size);
            populationRecords += size;
            expectedMatches += (double) f[j] / size;
        }
        return new ReidentificationRisk(
                prosecutorHighest,
                prosecutorAverage,
                1.0 / smallestInPopulation,
                (double) f.length / populationRecords,
                expectedMatches / records);
    }
}
