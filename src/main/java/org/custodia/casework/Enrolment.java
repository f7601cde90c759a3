package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pupil's time on a school's roll, with their year group when admitted; open while {@code leftOn} is null. */
public record Enrolment(
        UUID id, String school, YearGroup yearGroup, LocalDate admittedOn, LocalDate leftOn, Instant recordedAt) {

    public boolean current() {
        return leftOn == null;
    }
}
