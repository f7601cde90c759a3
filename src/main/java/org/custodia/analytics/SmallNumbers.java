package org.custodia.analytics;

/**
 * A count as it may be shown: counts under {@link #THRESHOLD} are shown as "fewer than 5", on every
 * page, chart and export, so that a small count cannot point at one person's use (docs/analytics.md).
 */
public record SmallNumbers(long count) {

    public static final int THRESHOLD = 5;

    public static final String FEWER = "fewer than " + THRESHOLD;

    public SmallNumbers {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }

    public static SmallNumbers of(long count) {
        return new SmallNumbers(count);
    }

    public boolean suppressed() {
        return count > 0 && count < THRESHOLD;
    }

    /** The count for a chart: a suppressed count draws nothing, so its bar cannot be measured. */
    public long drawn() {
        return suppressed() ? 0 : count;
    }

    /** The text shown for the count (and written to CSV). */
    public String shown() {
        return suppressed() ? FEWER : Long.toString(count);
    }

    @Override
    public String toString() {
        return shown();
    }
}
