package org.custodia.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A disposal run and how far it has got. */
public record DisposalRun(
        UUID id,
        LocalDate asOf,
        boolean running,
        Instant startedAt,
        Instant finishedAt,
        int expected,
        int examined,
        int destroyed,
        int anonymised,
        int listedForReview,
        int held) {

    /** Percentage of the records due at the start that have been dealt with. */
    public int percentDone() {
        if (!running) {
            return 100;
        }
        if (expected == 0) {
            return 0;
        }
        return (int) Math.min(99, (examined * 100L) / expected);
    }
}
