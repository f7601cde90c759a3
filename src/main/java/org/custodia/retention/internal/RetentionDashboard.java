package org.custodia.retention.internal;

import java.util.ArrayList;
import java.util.List;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.custodia.retention.Disposals;
import org.custodia.retention.LegalHold;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.RetentionReview;
import org.custodia.retention.RetentionReviews;
import org.custodia.retention.UnruledRecords;
import org.springframework.stereotype.Component;

/** Records due for a DPO's decision, legal holds due for review, and records no rule covers. */
@Component
class RetentionDashboard implements DashboardSection {

    private final RetentionReviews reviews;
    private final LegalHolds holds;
    private final Disposals disposals;

    RetentionDashboard(RetentionReviews reviews, LegalHolds holds, Disposals disposals) {
        this.reviews = reviews;
        this.holds = holds;
        this.disposals = disposals;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Retention";
    }

    @Override
    public List<DashboardItem> items() {
        List<DashboardItem> items = new ArrayList<>();
        List<RetentionReview> open = reviews.open();
        if (!open.isEmpty()) {
            items.add(new DashboardItem(
                    open.size() + (open.size() == 1 ? " record" : " records") + " past their retention period",
                    "Decide: dispose of, keep for a stated period, or hold",
                    "/data-protection/retention/reviews",
                    Urgency.DUE_SOON,
                    null));
        }
        for (LegalHold hold : holds.dueForReview()) {
            items.add(new DashboardItem(
                    "Legal hold on a " + hold.target().label().toLowerCase() + " ("
                            + hold.ground().label() + ")",
                    "Review due on " + hold.reviewOn(),
                    "/data-protection/retention/holds",
                    Urgency.OVERDUE,
                    null));
        }
        for (UnruledRecords unruled : disposals.unruled()) {
            items.add(new DashboardItem(
                    unruled.count() + " " + unruled.kind().label().toLowerCase() + " records with no applicable rule",
                    unruled.why(),
                    "/data-protection/retention",
                    Urgency.OPEN,
                    null));
        }
        return items;
    }
}
