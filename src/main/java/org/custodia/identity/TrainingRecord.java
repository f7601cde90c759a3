package org.custodia.identity;

import java.time.Instant;
import java.time.LocalDate;

/** A course a user completed. It counts from {@code completedOn} and stops counting on {@code expiresOn}. */
public record TrainingRecord(
        TrainingRecordId id, String course, LocalDate completedOn, LocalDate expiresOn, Instant recordedAt) {

    public boolean currentOn(LocalDate day) {
        return !completedOn.isAfter(day) && day.isBefore(expiresOn);
    }
}
