package org.custodia.rights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.custodia.rights.RequestClock.State;
import org.custodia.rights.RightsRequests;
import org.springframework.stereotype.Component;

/** Rights requests on the DPO's dashboard: how many are overdue, and how many are due this week. */
@Component
class RequestDashboard implements DashboardSection {

    static final String LIST = "/data-protection/rights-requests";

    private final RightsRequests requests;

    RequestDashboard(RightsRequests requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String title() {
        return "Rights requests";
    }

    @Override
    public List<DashboardItem> items() {
        Map<State, Integer> counts = requests.counts();
        List<DashboardItem> items = new ArrayList<>();
        int overdue = counts.getOrDefault(State.OVERDUE, 0);
        int dueThisWeek = counts.getOrDefault(State.DUE_THIS_WEEK, 0);
        if (overdue > 0) {
            items.add(new DashboardItem(
                    overdue + (overdue == 1 ? " rights request overdue" : " rights requests overdue"),
                    "Past the statutory deadline: respond now, and record why it is late",
                    LIST,
                    Urgency.OVERDUE,
                    null));
        }
        if (dueThisWeek > 0) {
            items.add(new DashboardItem(
                    dueThisWeek
                            + (dueThisWeek == 1 ? " rights request due this week" : " rights requests due this week"),
                    "Due within 5 working days",
                    LIST,
                    Urgency.DUE_SOON,
                    null));
        }
        int paused = counts.getOrDefault(State.PAUSED, 0);
        if (paused > 0) {
            items.add(new DashboardItem(
                    paused + (paused == 1 ? " rights request paused" : " rights requests paused"),
                    "Waiting for proof of identity, clarification or a fee",
                    LIST,
                    Urgency.OPEN,
                    null));
        }
        return items;
    }
}
