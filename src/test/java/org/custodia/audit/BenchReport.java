package org.custodia.audit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** The audit chain benchmark's figures, printed and written as Markdown to target/bench/audit-chain.md. */
final class BenchReport {

    private final StringBuilder appends = new StringBuilder();
    private final StringBuilder verification = new StringBuilder();
    private final StringBuilder plans = new StringBuilder();
    private final double loadAverage =
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    private final int rounds;

    BenchReport(int rounds) {
        this.rounds = rounds;
    }

    void append(int writers, boolean oneOrganisation, int perWriter, double[] perSecond) {
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        String line = format(
                "| %d | %s | %,d | %,.0f | %,.0f – %,.0f |%n",
                writers,
                oneOrganisation ? "one (contended chain)" : "one each",
                writers * perWriter,
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1]);
        appends.append(line);
        System.out.print("audit appends: " + line);
    }

    void loaded(long entries, double seconds) {
        line(
                "Loaded through the trigger",
                format("%,d entries in %.1f s (%,.0f entries/s)", entries, seconds, entries / seconds));
    }

    void plans(String indexable, String rlsOnly) {
        plans.append(format("%nPlan with `organisation_id = current_organisation()` (what the walk uses):%n```%n"))
                .append(indexable)
                .append(format("%n```%nPlan with only `is not distinct from` (the RLS policy's form):%n```%n"))
                .append(rlsOnly)
                .append(format("%n```%n%n"));
    }

    void verified(long entries, double seconds, long heapBefore, long heapPeak, long heapLive, long heapMax) {
        line("Verified", format("%,d entries in %.2f s", entries, seconds));
        line("Verification speed", format("%,.0f entries/s", entries / seconds));
        line("Heap used before (after GC)", megabytes(heapBefore));
        line("Peak heap used during verification, garbage included (sampled every 5 ms)", megabytes(heapPeak));
        line("Peak live heap during a second walk (full GC before each sample)", megabytes(heapLive));
        line("Maximum heap", megabytes(heapMax));
    }

    void write() throws IOException {
        String markdown = "# Audit chain benchmark\n\n"
                + format(
                        "%s, %d cores (load average %.1f at the start: the machine may be shared), Java %s,"
                                + " embedded PostgreSQL.%n%n",
                        Instant.now(),
                        Runtime.getRuntime().availableProcessors(),
                        loadAverage,
                        System.getProperty("java.version"))
                + format(
                        "## Appends%n%nMedian of %d rounds, each writer in its own thread and transaction per"
                                + " entry.%n%n| writers | organisations | entries a round | appends/s | range |%n"
                                + "|---|---|---|---|---|%n",
                        rounds)
                + appends
                + "\n## Verification\n\n| what | figure |\n|---|---|\n"
                + verification
                + plans;
        Path report = Path.of("target", "bench", "audit-chain.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown);
        System.out.println(markdown);
    }

    private void line(String what, String figure) {
        verification.append("| ").append(what).append(" | ").append(figure).append(" |\n");
        System.out.println("audit verification: " + what + ": " + figure);
    }

    private static String megabytes(long bytes) {
        return format("%,.0f MB", bytes / 1_048_576.0);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.UK, pattern, values);
    }
}
