package org.custodia.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock on a developer's machine ({@code custodia.dev-clock.enabled}): real time,
 * which a DPO or administrator may move forward to see what retention, clocks and reminders do later.
 * It exists only when enabled; production refuses to start with it.
 */
public final class DevelopmentClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves every reading of the clock forward; time never goes back, short of {@link #reset()}. */
    public void shiftForward(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The clock moves forward only");
        }
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    public boolean shifted() {
        return !offset.isZero();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
