package org.custodia.testing;

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
 * A benchmark's figures: printed, and written under target/bench as JSON (for machines) and Markdown
 * (for people), with the machine, its load at the start and the settings that give the figures meaning.
 */
public final class BenchReport {

    private final String file;
    private final String title;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder notes = new StringBuilder();
    private final double loadAverage =
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    private final String settings;

    /** Writes target/bench/{file}.json and .md; the settings (e.g. synchronous_commit) go into both. */
    public BenchReport(String file, String title, Map<String, Object> settings) {
        this.file = file;
        this.title = title;
        figures.putAll(settings);
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("load_average_at_start", round(loadAverage));
        figures.put("java", System.getProperty("java.version"));
        figures.put("at", Instant.now().toString());
        this.settings = settings.entrySet().stream()
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A figure for both outputs; {@code label} is how the Markdown table names it. */
    public void figure(String key, String label, Object value) {
        Object kept = value instanceof Double d ? round(d) : value;
        figures.put(key, kept);
        String shown = kept instanceof Double d && Math.abs(d) >= 100 ? format("%,.0f", d) : String.valueOf(kept);
        rows.append("| ").append(label).append(" | ").append(shown).append(" |\n");
        System.out.println(file + ": " + label + ": " + shown);
    }

    /** The median of a few rounds (the machine is shared, so single runs are noisy), with the range. */
    public void rounds(String key, String label, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        figure(key, label, sorted[sorted.length / 2]);
        figures.put(key + "_range", new double[] {round(sorted[0]), round(sorted[sorted.length - 1])});
        rows.append(format(
                "| (rounds: %s) | |%n",
                Arrays.toString(Arrays.stream(sorted).map(BenchReport::round).toArray())));
    }

    public void note(String text) {
        notes.append(text).append("\n\n");
    }

    public void write() throws IOException {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(file + ".json"), json(figures) + "\n");
        String markdown = "# " + title + "\n\n"
                + format(
                        "%s, %d cores (load average %.1f at the start: the machine may be shared), Java %s%s.%n%n",
                        figures.get("at"),
                        figures.get("cores"),
                        loadAverage,
                        figures.get("java"),
                        settings.isEmpty() ? "" : ", " + settings)
                + "| what | figure |\n|---|---|\n"
                + rows
                + "\n"
                + notes;
        Files.writeString(directory.resolve(file + ".md"), markdown);
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

    /** Rates and counts to the unit; seconds and fractions to three places. */
    private static double round(double value) {
        double scale = Math.abs(value) >= 100 ? 1 : 1000;
        return Math.round(value * scale) / scale;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.UK, pattern, values);
    }
}
