package org.custodia.analytics.internal;

import org.custodia.analytics.SmallNumbers;
import org.custodia.analytics.UsageReport.RouteSpeed;

/** Percentiles read from a latency histogram; none from fewer than five requests. */
final class Percentiles {

    private Percentiles() {}

    static RouteSpeed of(String route, long[] histogram) {
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        SmallNumbers requests = SmallNumbers.of(total);
        if (total < SmallNumbers.THRESHOLD) {
            return new RouteSpeed(route, requests, null, null, null);
        }
        return new RouteSpeed(
                route, requests, at(histogram, total, 0.50), at(histogram, total, 0.90), at(histogram, total, 0.99));
    }

    /** The upper bound of the bucket the rank falls in, rounded to 0.1 ms. */
    static double at(long[] histogram, long total, double quantile) {
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int bucket = 0; bucket < histogram.length; bucket++) {
            seen += histogram[bucket];
            if (seen >= rank) {
                return Math.round(Latency.millis(bucket) * 10) / 10.0;
            }
        }
        return Math.round(Latency.millis(histogram.length - 1) * 10) / 10.0;
    }
}
