package org.custodia.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custodia.governance.AgreementStatus;
import org.custodia.governance.SharingAgreement;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;

/**
 * On the DPO's dashboard: disclosures without consent whose person has yet to be told, and sharing
 * agreements that expired in the last 30 days or are due for review within the next 30.
 */
@Component
class SharingDashboard implements DashboardSection {

    private static final int WINDOW_DAYS = 30;

    private final DisclosureRows disclosures;
    private final AgreementRows agreements;
    private final Clock clock;

    SharingDashboard(DisclosureRows disclosures, AgreementRows agreements, Clock clock) {
        this.disclosures = disclosures;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Sharing and disclosures";
    }

    @Override
    public List<DashboardItem> items() {
        LocalDate today = UkCalendar.today(clock);
        List<DashboardItem> items = new ArrayList<>();
        for (DisclosureRows.Row row : disclosures.all(true)) {
            items.add(new DashboardItem(
                    "Tell the person about a disclosure to " + row.recipientName() + " on "
                            + UkDates.format(row.disclosedOn()),
                    "Shared without consent: tell them as soon as it is safe",
                    "/data-protection/disclosures/" + row.id() + "/follow-up",
                    Urgency.OPEN,
                    null));
        }
        for (SharingAgreement a : agreements.all(today)) {
            if (a.endsOn() != null
                    && a.signedOn() != null
                    && a.endsOn().isBefore(today)
                    && !a.endsOn().isBefore(today.minusDays(WINDOW_DAYS))) {
                items.add(agreement(a, "Expired on " + UkDates.format(a.endsOn()), Urgency.OVERDUE));
            } else if (a.status() != AgreementStatus.EXPIRED && !a.reviewOn().isAfter(today.plusDays(WINDOW_DAYS))) {
                items.add(agreement(
                        a,
                        "Review " + (a.reviewOn().isBefore(today) ? "was due on " : "due on ")
                                + UkDates.format(a.reviewOn()),
                        a.reviewOn().isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON));
            }
        }
        return items;
    }

    private static DashboardItem agreement(SharingAgreement a, String status, Urgency urgency) {
        return new DashboardItem(
                "Sharing agreement: " + a.title(),
                status,
                "/data-protection/sharing-agreements/" + a.id(),
                urgency,
                null);
    }
}
