package org.custodia.identity;

import java.time.Instant;
import org.custodia.shared.UserId;

/** A report of "administrator access I should not have", as the DPO reads it. */
public record AccessReport(
        AccessReportId id, UserId reporter, String reporterName, String explanation, Instant reportedAt) {}
