package org.custodia.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;

/** Signed-off DPIAs whose review is overdue or due within 30 days. */
@Component
class DpiaReviewsSection implements DashboardSection {

    static final int DUE_SOON_DAYS = 30;

    private final DpiaRows rows;
    private final Clock clock;

    DpiaReviewsSection(DpiaRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "DPIA reviews";
    }

    @Override
    public List<DashboardItem> items() {
        LocalDate today = UkCalendar.today(clock);
        return rows.reviewDueBy(today.plusDays(DUE_SOON_DAYS)).stream()
                .map(dpia -> new DashboardItem(
                        "DPIA: " + dpia.title(),
                        dpia.reviewDue().isBefore(today) ? "Review overdue" : "Review due",
                        "/data-protection/dpias/" + dpia.id(),
                        dpia.reviewDue().isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON,
                        dpia.reviewDue().atStartOfDay(UkCalendar.ZONE).toInstant()))
                .toList();
    }
}
