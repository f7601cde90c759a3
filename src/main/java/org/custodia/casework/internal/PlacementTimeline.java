package org.custodia.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodia.casework.Placement;
import org.custodia.shared.InvalidInput;

/**
 * A child lives in one placement at a time. A placement runs from the day it starts until the day it
 * ends (the next one may start that day). A new placement starting after the current one began ends
 * that one on its start date; any other overlap is refused.
 */
public final class PlacementTimeline {

    private final List<Placement> placements;

    public PlacementTimeline(List<Placement> placements) {
        this.placements = placements;
    }

    /** The current placement the new one ends, if any; refuses one that would overlap another. */
    public Optional<Placement> admit(Placement next) {
        Optional<Placement> ended = placements.stream()
                .filter(p -> p.current() && next.startedOn().isAfter(p.startedOn()))
                .findFirst();
        placements.stream()
                .filter(p -> ended.map(e -> !e.id().equals(p.id())).orElse(true))
                .filter(p -> overlap(next.startedOn(), next.endedOn(), p.startedOn(), p.endedOn()))
                .findFirst()
                .ifPresent(p -> {
                    throw new InvalidInput(
                            "startedOn",
                            "The child was in another placement from " + InputChecks.date(p.startedOn())
                                    + (p.current() ? " with no end date" : " to " + InputChecks.date(p.endedOn()))
                                    + ". Placements cannot overlap");
                });
        return ended;
    }

    private static boolean overlap(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return (otherEnd == null || start.isBefore(otherEnd)) && (end == null || otherStart.isBefore(end));
    }
}
