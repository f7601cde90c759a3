package org.custodia.research.internal.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.custodia.testing.BenchReport;
import org.junit.jupiter.api.Test;

/**
 * Anonymising generated looked-after-child records (date of birth, postcode, ethnicity, sex, legal
 * status; placement type sensitive) at k = 5, l = 2, 5% suppression, minimising non-uniform entropy:
 * time to encode, time to search and release, peak heap, information loss and risk, for 100,000 and
 * 1,000,000 records. Run with {@code ./mvnw -o -Pbench test -Dtest=ResearchAnonymisationBenchmark};
 * writes {@code target/bench/research-anonymisation.md} and {@code .json}.
 */
class ResearchAnonymisationBenchmark {

    static final int[] SIZES = Arrays.stream(
                    System.getProperty("bench.research.sizes", "100000,1000000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    static final int ROUNDS = Integer.getInteger("bench.research.rounds", 3);

    @Test
    void anonymiseGeneratedLookedAfterChildren() throws IOException {
        BenchReport report = new BenchReport(
                "research-anonymisation",
                "Research anonymisation benchmark",
                Map.of("max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000));
        PrivacyModel model = PrivacyModel.defaults();
        for (int size : SIZES) {
            String prefix = "records_" + size;
            long encodeStarted = System.nanoTime();
            EncodedTable table = generate(size, 42);
            double encodeSeconds = (System.nanoTime() - encodeStarted) / 1e9;
            long tableBytes = usedAfterGc();

            double[] seconds = new double[ROUNDS];
            long peak = 0;
            AnonymityReport result = null;
            for (int round = 0; round < ROUNDS; round++) {
                System.gc();
                resetPeaks();
                long started = System.nanoTime();
                result = Anonymiser.anonymise(table, model).orElseThrow().report();
                seconds[round] = (System.nanoTime() - started) / 1e9;
                peak = Math.max(peak, peakHeap());
            }
            assertThat(result.kAchieved()).isGreaterThanOrEqualTo(model.k());
            assertThat(result.lAchieved()).allMatch(l -> l >= model.l());
            report.figure(prefix + "_encode_seconds", size + " records: encode (generate + dictionary)", encodeSeconds);
            report.rounds(prefix + "_anonymise_seconds", size + " records: search + release, seconds", seconds);
            report.figure(
                    prefix + "_heap_after_encoding_mb", size + " records: heap used with the table", tableBytes / 1e6);
            report.figure(prefix + "_peak_heap_mb", size + " records: peak heap while anonymising, MB", peak / 1e6);
            report.figure(
                    prefix + "_levels",
                    size + " records: levels (dob, postcode, ethnicity, sex, legal status)",
                    Arrays.toString(result.levels()));
            report.figure(
                    prefix + "_nodes",
                    size + " records: lattice nodes / evaluated",
                    result.latticeNodes() + " / " + result.nodesEvaluated());
            report.figure(prefix + "_suppressed", size + " records: suppressed", result.suppressed());
            report.figure(prefix + "_classes", size + " records: classes", result.classes());
            report.figure(
                    prefix + "_k_l",
                    size + " records: k / l achieved",
                    result.kAchieved() + " / " + result.lAchieved());
            report.figure(
                    prefix + "_non_uniform_entropy",
                    size + " records: non-uniform entropy (0..1)",
                    result.nonUniformEntropy());
            report.figure(
                    prefix + "_intensity",
                    size + " records: generalisation intensity (0..1)",
                    result.generalisationIntensity());
            report.figure(
                    prefix + "_prosecutor_highest",
                    size + " records: prosecutor risk highest",
                    result.risk().prosecutorHighest());
            report.figure(
                    prefix + "_prosecutor_average",
                    size + " records: prosecutor risk average",
                    result.risk().prosecutorAverage());
            table = null;
        }
        report.note("Peak heap is the JVM's heap pools' peak usage during the rounds (reset after a GC before each),"
                + " so it includes the encoded table and garbage not yet collected.");
        report.write();
    }

    /** Records straight into the encoder, so that a million never exist as strings all at once. */
    static EncodedTable generate(int size, long seed) {
        Random random = new Random(seed);
        String[] postcodes = GeneratedRecords.postcodes(random, Math.max(1000, size / 50));
        LocalDate first = LocalDate.of(2008, 1, 1);
        String[] dates = new String[365 * 18];
        for (int day = 0; day < dates.length; day++) {
            dates[day] = first.plusDays(day).toString();
        }
        List<Hierarchy> hierarchies = List.of(
                Hierarchy.of(
                        "date of birth",
                        Arrays.asList(dates),
                        Hierarchies.dateOfBirth(GeneratedRecords.REFERENCE_YEAR, 5)),
                Hierarchy.of("postcode", Arrays.asList(postcodes), Hierarchies.postcode()),
                Hierarchy.of("ethnicity", GeneratedRecords.ETHNICITIES, Hierarchies.ethnicity()),
                Hierarchy.of("sex", GeneratedRecords.SEXES, Hierarchies.keptOrSuppressed()),
                Hierarchy.of(
                        "legal status",
                        GeneratedRecords.LEGAL_STATUSES,
                        Hierarchies.grouped(GeneratedRecords.LEGAL_STATUS_GROUPS, "legal status")));
        EncodedTable.Builder builder = EncodedTable.builder(hierarchies, List.of("placement"));
        for (int i = 0; i < size; i++) {
            builder.add(GeneratedRecords.row(random, dates, postcodes));
        }
        return builder.build();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
