package org.custodia.analytics.internal;

/**
 * Response times kept as a histogram rather than one row a request: bucket b counts times up to
 * 2^(b/4) microseconds, so a percentile read back is within about 19% above the true one.
 */
final class Latency {

    static final int BUCKETS = 128;

    private Latency() {}

    static int bucket(long nanos) {
        double micros = Math.max(1.0, nanos / 1000.0);
        int bucket = (int) Math.ceil(4 * (Math.log(micros) / Math.log(2)));
        return Math.min(BUCKETS - 1, Math.max(0, bucket));
    }

    /** The upper bound of the bucket, in milliseconds. */
    static double millis(int bucket) {
        return Math.pow(2, bucket / 4.0) / 1000.0;
    }
}
