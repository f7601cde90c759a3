package org.custodia.breaches.internal;

import org.custodia.identity.AccessReportFollowUps;
import org.custodia.identity.AccessReportId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Beside each report of unexpected administrator access: "Record as a breach", or the breach it became. */
@Component
class BreachFollowUps implements AccessReportFollowUps {

    private final BreachRows rows;

    BreachFollowUps(BreachRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public FollowUp of(AccessReportId report) {
        return rows.fromAccessReport(report.value())
                .map(breach -> new FollowUp("Recorded as breach " + breach.reference(), "/breaches/" + breach, true))
                .orElseGet(() ->
                        new FollowUp("Record as a breach", "/breaches/from-access-report/" + report.value(), false));
    }
}
