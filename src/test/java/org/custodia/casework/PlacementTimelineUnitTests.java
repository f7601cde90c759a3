package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.internal.PlacementTimeline;
import org.custodia.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** One placement at a time: the next ends the current one; no other overlap is allowed. */
class PlacementTimelineUnitTests {

    static Placement placement(String from, String to) {
        return new Placement(
                UUID.randomUUID(),
                PlacementType.FOSTER_CARE,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                null);
    }

    @Test
    void aPlacementStartingAfterTheCurrentOneEndsIt() {
        Placement current = placement("2025-09-01", null);

        assertThat(new PlacementTimeline(List.of(current)).admit(placement("2026-03-01", null)))
                .contains(current);
    }

    @Test
    void aPlacementMayStartTheDayTheLastOneEnded() {
        Placement ended = placement("2025-09-01", "2026-03-01");

        assertThat(new PlacementTimeline(List.of(ended)).admit(placement("2026-03-01", null)))
                .isEmpty();
    }

    @Test
    void aPlacementStartingOnOrBeforeTheCurrentOneIsRefused() {
        Placement current = placement("2025-09-01", null);

        assertThatThrownBy(() -> new PlacementTimeline(List.of(current)).admit(placement("2025-09-01", null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("The child was in another placement from 1 September 2025 with no end date."
                        + " Placements cannot overlap");
        assertThat(new PlacementTimeline(List.of(current)).admit(placement("2025-06-01", "2025-09-01")))
                .as("an earlier placement that ended the day the current one began")
                .isEmpty();
    }

    @Test
    void aPlacementOverlappingAnEndedOneIsRefused() {
        Placement ended = placement("2025-09-01", "2026-03-01");
        Placement current = placement("2026-03-01", null);

        assertThatThrownBy(() ->
                        new PlacementTimeline(List.of(current, ended)).admit(placement("2025-12-01", "2026-01-01")))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("The child was in another placement from 1 September 2025 to 1 March 2026."
                        + " Placements cannot overlap");
    }
}
