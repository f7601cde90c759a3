package org.custodia.identity;

import java.time.LocalDate;

/** What an administrator enters about a course a user has completed. */
public record NewTrainingRecord(String course, LocalDate completedOn, LocalDate expiresOn) {}
