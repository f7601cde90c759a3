package org.custodia.audit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit chain benchmark's figures: printed, written as JSON (target/bench/audit-chain.json, for
 * machines) and as Markdown (target/bench/audit-chain.md, for people).
 */
final class BenchReport {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder notes = new StringBuilder();
    private final double loadAverage =
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    BenchReport(String synchronousCommit) {
        figures.put("synchronous_commit", synchronousCommit);
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("load_average_at_start", round(loadAverage, 1));
        figures.put("java", System.getProperty("java.version"));
        figures.put("at", Instant.now().toString());
    }

    /** A figure for both outputs; {@code label} is how the Markdown table names it. */
    void figure(String key, String label, Object value) {
        figures.put(key, value);
        String shown = value instanceof Double d ? format("%,.0f", d) : String.valueOf(value);
        rows.append("| ").append(label).append(" | ").append(shown).append(" |\n");
        System.out.println("audit bench: " + label + ": " + shown);
    }

    /** The median of a few rounds (the machine is shared, so single runs are noisy), with the range. */
    void rounds(String key, String label, double[] perSecond) {
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        figure(key, label, round(sorted[sorted.length / 2], 0));
        figures.put(key + "_range", new double[] {round(sorted[0], 0), round(sorted[sorted.length - 1], 0)});
        rows.append(format(
                "| (rounds: %s) | |%n",
                Arrays.toString(Arrays.stream(sorted).map(r -> round(r, 0)).toArray())));
    }

    void note(String text) {
        notes.append(text).append("\n\n");
    }

    void write() throws IOException {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("audit-chain.json"), json(figures) + "\n");
        String markdown = "# Audit chain benchmark\n\n"
                + format(
                        "%s, %d cores (load average %.1f at the start: the machine may be shared), Java %s,"
                                + " embedded PostgreSQL with synchronous_commit=%s.%n%n",
                        figures.get("at"),
                        figures.get("cores"),
                        loadAverage,
                        figures.get("java"),
                        figures.get("synchronous_commit"))
                + "| what | figure |\n|---|---|\n"
                + rows
                + "\n"
                + notes;
        Files.writeString(directory.resolve("audit-chain.md"), markdown);
        System.out.println(markdown);
    }

    private static String json(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + jsonValue(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String jsonValue(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof double[] numbers) {
            return Arrays.stream(numbers).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }
        return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.UK, pattern, values);
    }
}
