package org.custodia.breaches;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * The 72 hours within which a breach must be reported to the ICO, counted from the moment the
 * organisation became aware of it (Art 33(1)). It stops when the breach is reported or a decision not
 * to report it is recorded.
 *
 * @param stoppedBecause why the clock no longer runs, or null while it does
 */
public record ReportingClock(Instant awareAt, Instant now, String stoppedBecause) {

    public static final Duration REPORTING_TIME = Duration.ofHours(72);

    /** Less than this left and the breach is "due soon" (and the DPOs get a reminder). */
    public static final Duration DUE_SOON = Duration.ofHours(24);

    public enum State {
        RUNNING,
        DUE_SOON,
        OVERDUE,
        STOPPED
    }

    @JsonProperty("deadline")
    public Instant deadline() {
        return awareAt.plus(REPORTING_TIME);
    }

    public boolean running() {
        return stoppedBecause == null;
    }

    /** Time left; negative once overdue. */
    public Duration remaining() {
        return Duration.between(now, deadline());
    }

    @JsonProperty("state")
    public State state() {
        if (!running()) {
            return State.STOPPED;
        }
        if (now.isAfter(deadline())) {
            return State.OVERDUE;
        }
        return remaining().compareTo(DUE_SOON) < 0 ? State.DUE_SOON : State.RUNNING;
    }

    /** Where the clock stands, in plain English: "1 day and 5 hours left", "Overdue by 3 hours". */
    @JsonProperty("inWords")
    public String describe() {
        if (!running()) {
            return stoppedBecause;
        }
        Duration left = remaining();
        if (left.isNegative()) {
            return "Overdue by " + Durations.inWords(left.negated());
        }
        if (left.toMinutes() == 0) {
            return "Due now";
        }
        return Durations.inWords(left) + " left";
    }
}
