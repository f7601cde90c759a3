package org.custodia.breaches.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.breaches.BreachView;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.internal.BreachEntries.ActionRow;
import org.custodia.breaches.internal.BreachEntries.AssessmentRow;
import org.custodia.breaches.internal.BreachEntries.DecisionRow;
import org.custodia.breaches.internal.BreachEntries.HistoryRow;
import org.custodia.breaches.internal.BreachRows.BreachRow;
import org.custodia.breaches.internal.NotificationTasks.TaskRow;
import org.springframework.stereotype.Component;

/** Puts a breach's row, entries and task together as the DPO reads them, with people's names. */
@Component
public class BreachViews {

    private final BreachEntries entries;
    private final NotificationTasks tasks;
    private final ActorDirectory directory;

    BreachViews(BreachEntries entries, NotificationTasks tasks, ActorDirectory directory) {
        this.entries = entries;
        this.tasks = tasks;
        this.directory = directory;
    }

    public BreachView of(BreachRow b, Instant now) {
        List<AssessmentRow> assessments = entries.assessments(b.id());
        List<ActionRow> actions = entries.actions(b.id());
        List<DecisionRow> decisions = entries.decisions(b.id());
        List<HistoryRow> history = entries.history(b.id());
        TaskRow task = tasks.of(b.id()).orElse(null);
        Set<UUID> people = new HashSet<>();
        people.add(b.recordedBy().value());
        assessments.forEach(a -> people.add(a.by()));
        actions.forEach(a -> people.add(a.by()));
        decisions.forEach(d -> people.add(d.by()));
        history.forEach(h -> people.add(h.by()));
        if (task != null && task.closedBy() != null) {
            people.add(task.closedBy());
        }
        Map<UUID, String> names = directory.namesOf(people);
        ReportingDecision current =
                decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).decision();
        var d = b.details();
        return new BreachView(
                b.id(),
                b.reference(),
                d.title(),
                d.description(),
                d.occurred(),
                d.awareAt(),
                d.discovery(),
                d.dataCategories(),
                d.specialCategoryData(),
                d.criminalOffenceData(),
                d.peopleAffected(),
                d.recordsAffected(),
                d.subjectCategories(),
                d.nature(),
                b.accessReportId(),
                name(names, b.recordedBy().value()),
                b.recordedAt(),
                b.status(),
                b.closingSummary(),
                b.closedAt(),
                b.reportedAt() == null
                        ? null
                        : new BreachView.IcoReport(b.reportedAt(), b.icoReference(), b.lateReportReasons()),
                assessments.stream()
                        .map(a -> new BreachView.Assessment(a.risk(), a.reasons(), name(names, a.by()), a.at()))
                        .toList(),
                actions.stream()
                        .map(a -> new BreachView.ContainmentAction(
                                a.takenOn(), a.description(), name(names, a.by()), a.at()))
                        .toList(),
                decisions.stream()
                        .map(x -> new BreachView.Decision(x.decision(), x.reasons(), name(names, x.by()), x.at()))
                        .toList(),
                task == null ? null : task(task, names),
                history.stream()
                        .map(h -> new BreachView.HistoryEntry(h.at(), name(names, h.by()), h.entry()))
                        .toList(),
                ReportingClocks.of(b, current, now));
    }

    private static BreachView.NotificationTask task(TaskRow task, Map<UUID, String> names) {
        var outcome = task.outcome();
        return new BreachView.NotificationTask(
                task.createdAt(),
                outcome.toldOn(),
                outcome.toldHow(),
                outcome.notToldReason(),
                outcome.explanation(),
                task.closedBy() == null ? null : name(names, task.closedBy()),
                task.closedAt());
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, "A former user");
    }
}
