package org.custodia.research.internal.anonymisation;

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
 * The anonymisation benchmark's figures, after audit's BenchReport: printed, and written as JSON and
 * Markdown to target/bench/research-anonymisation.{json,md}.
 */
final class ResearchBenchReport {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder notes = new StringBuilder();
    private final double loadAverage =
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    ResearchBenchReport() {
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000);
        figures.put("load_average_at_start", Math.round(loadAverage * 10) / 10.0);
        figures.put("java", System.getProperty("java.version"));
        figures.put("at", Instant.now().toString());
    }

    void figure(String key, String label, Object value) {
        Object kept = value instanceof Double d ? round(d) : value;
        figures.put(key, kept);
        rows.append("| ").append(label).append(" | ").append(kept).append(" |\n");
        System.out.println("research bench: " + label + ": " + kept);
    }

    /** The median of a few rounds (the machine is shared), with the range beside it. */
    void rounds(String key, String label, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        figure(key, label, sorted[sorted.length / 2]);
        double[] rounded = Arrays.stream(sorted).map(ResearchBenchReport::round).toArray();
        figures.put(key + "_rounds", rounded);
        rows.append("| (rounds) | ").append(Arrays.toString(rounded)).append(" |\n");
    }

    void note(String text) {
        notes.append(text).append("\n\n");
    }

    void write() throws IOException {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("research-anonymisation.json"), json() + "\n");
        String markdown = "# Research anonymisation benchmark\n\n"
                + String.format(
                        Locale.UK,
                        "%s, %d cores (load average %.1f at the start: the machine may be shared), Java %s, max heap %s MB.%n%n",
                        figures.get("at"),
                        figures.get("cores"),
                        loadAverage,
                        figures.get("java"),
                        figures.get("max_heap_mb"))
                + "| what | figure |\n|---|---|\n"
                + rows
                + "\n"
                + notes;
        Files.writeString(directory.resolve("research-anonymisation.md"), markdown);
        System.out.println(markdown);
    }

    private String json() {
        return figures.entrySet().stream()
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

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
