package org.custodia.breaches;

import java.time.Instant;

/** A breach in the list: what it is and where its clock stands. */
public record BreachSummary(
        BreachId id, String reference, String title, Instant awareAt, BreachStatus status, ReportingClock clock) {}
