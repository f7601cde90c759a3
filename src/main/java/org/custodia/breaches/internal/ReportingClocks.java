package org.custodia.breaches.internal;

import java.time.Instant;
import org.custodia.breaches.BreachStatus;
import org.custodia.breaches.ReportingClock;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.internal.BreachRows.BreachRow;

/** Whether a breach's 72-hour clock still runs: until it is reported, or a decision not to report it. */
public final class ReportingClocks {

    private ReportingClocks() {}

    public static ReportingClock of(BreachRow breach, ReportingDecision current, Instant now) {
        return new ReportingClock(breach.details().awareAt(), now, stoppedBecause(breach, current));
    }

    private static String stoppedBecause(BreachRow breach, ReportingDecision current) {
        if (breach.reportedAt() != null) {
            return "Stopped: reported to the ICO";
        }
        if (current == ReportingDecision.DO_NOT_REPORT) {
            return "Stopped: decided not to report to the ICO";
        }
        if (breach.status() == BreachStatus.CLOSED) {
            return "Stopped: the breach is closed";
        }
        return null;
    }
}
