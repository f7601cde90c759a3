package org.custodia.governance.internal;

import java.util.List;
import org.custodia.governance.ActivityStatus;
import org.custodia.governance.ProcessingActivity;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
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

    private static String status(ProcessingActivity activity) {
        if (activity.status() == ActivityStatus.LIVE) {
            return "Live, but its DPIA is no longer signed off: sign it off again";
        }
        return activity.readyToGoLive() ? "Draft" : "Draft: needs a signed-off DPIA to go live";
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
        // A live activity whose DPIA went back to draft (it was edited) runs without a signed DPIA.
        return all.stream()
                .filter(activity -> activity.status() == ActivityStatus.DRAFT || !activity.readyToGoLive())
                .map(activity -> new DashboardItem(
                        activity.details().name(),
                        status(activity),
                        "/data-protection/activities/" + activity.id(),
                        activity.status() == ActivityStatus.LIVE ? Urgency.DUE_SOON : Urgency.OPEN,
                        null))
                .toList();
    }
}
