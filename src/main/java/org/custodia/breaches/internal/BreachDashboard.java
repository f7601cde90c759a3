package org.custodia.breaches.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.ReportingClock;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.internal.BreachRows.BreachRow;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.springframework.stereotype.Component;

/**
 * Breaches on the DPO's dashboard: each whose 72-hour clock is running (no decision yet, or a decision
 * to report not yet carried out), and each open task to tell the people affected.
 */
@Component
class BreachDashboard implements DashboardSection {

    private final BreachRows rows;
    private final BreachEntries entries;
    private final NotificationTasks tasks;
    private final Clock clock;

    BreachDashboard(BreachRows rows, BreachEntries entries, NotificationTasks tasks, Clock clock) {
        this.rows = rows;
        this.entries = entries;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Breaches";
    }

    @Override
    public List<DashboardItem> items() {
        Instant now = clock.instant();
        Map<BreachId, ReportingDecision> decisions = entries.currentDecisions();
        List<BreachRow> open = rows.openNotReported();
        List<DashboardItem> items = new ArrayList<>();
        for (BreachRow breach : open) {
            ReportingDecision decision = decisions.get(breach.id());
            ReportingClock reportingClock = ReportingClocks.of(breach, decision, now);
            if (reportingClock.running()) {
                String step = decision == null ? "Decide whether to report to the ICO: " : "Report to the ICO: ";
                items.add(new DashboardItem(
                        heading(breach),
                        step + lowerFirst(reportingClock.describe()),
                        link(breach),
                        urgency(reportingClock),
                        reportingClock.deadline()));
            }
        }
        for (NotificationTasks.TaskRow task : tasks.open()) {
            rows.find(task.breach())
                    .ifPresent(breach -> items.add(new DashboardItem(
                            heading(breach),
                            "High risk: tell the people affected without undue delay",
                            link(breach),
                            Urgency.DUE_SOON,
                            null)));
        }
        items.sort(Comparator.comparing(DashboardItem::urgency)
                .thenComparing(DashboardItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    static Urgency urgency(ReportingClock clock) {
        switch (clock.state()) {
            case OVERDUE:
                return Urgency.OVERDUE;
            case DUE_SOON:
                return Urgency.DUE_SOON;
            default:
                return Urgency.OPEN;
        }
    }

    private static String heading(BreachRow breach) {
        return "Breach " + breach.reference() + ": " + breach.details().title();
    }

    private static String link(BreachRow breach) {
        return "/breaches/" + breach.id();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
