package org.custodia.breaches;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A duration in words, to the two largest units: "2 days and 3 hours", "45 minutes". */
final class Durations {

    private Durations() {}

    static String inWords(Duration duration) {
        long minutes = duration.toMinutes();
        List<String> parts = new ArrayList<>();
        add(parts, minutes / (24 * 60), "day");
        add(parts, minutes / 60 % 24, "hour");
        add(parts, minutes % 60, "minute");
        if (parts.isEmpty()) {
            return "less than a minute";
        }
        return parts.size() == 1 ? parts.get(0) : parts.get(0) + " and " + parts.get(1);
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
