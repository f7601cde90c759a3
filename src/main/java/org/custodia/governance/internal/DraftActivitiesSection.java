package org.custodia.governance.internal;

import java.util.List;
import org.custodia.governance.ActivityStatus;
import org.custodia.governance.DashboardItem;
import org.custodia.governance.DashboardItem.Urgency;
import org.custodia.governance.DashboardSection;
import org.springframework.stereotype.Component;

/** Processing activities still in draft, and a reminder while the record of processing is empty. */
@Component
class DraftActivitiesSection implements DashboardSection {

    private final ActivityRows rows;

    DraftActivitiesSection(ActivityRows rows) {
        this.rows = rows;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title() {
        return "Record of processing";
    }

    @Override
    public List<DashboardItem> items() {
        var all = rows.all();
        if (all.isEmpty()) {
            return List.of(new DashboardItem(
                    "No processing activities recorded",
                    "Adopt the ready-made activities: until then no special-category data can be recorded",
                    "/data-protection/activities",
                    Urgency.OPEN,
                    null));
        }
        return all.stream()
                .filter(activity -> activity.status() == ActivityStatus.DRAFT)
                .map(activity -> new DashboardItem(
                        activity.details().name(),
                        activity.readyToGoLive() ? "Draft" : "Draft: needs a signed-off DPIA to go live",
                        "/data-protection/activities/" + activity.id(),
                        Urgency.OPEN,
                        null))
                .toList();
    }
}
