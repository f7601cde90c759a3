package org.custodia.breaches;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.breaches.internal.BreachEntries;
import org.custodia.breaches.internal.BreachRows;
import org.custodia.breaches.internal.BreachRows.BreachRow;
import org.custodia.breaches.internal.BreachRules;
import org.custodia.breaches.internal.NotificationTasks;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the DPO does about a breach while it is open: assess the risk, log containment and recovery,
 * decide whether to report it to the ICO (Art 33) and record the report, and tell the people
 * affected when the risk to them is high (Art 34). Each step is kept as an entry, never overwritten.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class BreachHandling {

    private final BreachRows rows;
    private final BreachEntries entries;
    private final NotificationTasks tasks;
    private final AuditTrail audit;
    private final Clock clock;

    BreachHandling(BreachRows rows, BreachEntries entries, NotificationTasks tasks, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.entries = entries;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the risk to people; a high risk starts the task of telling them (Art 34). */
    @Transactional
    public void assess(BreachId id, Risk risk, String reasons) {
        openBreach(id, "reasons");
        Map<String, String> errors = new LinkedHashMap<>();
        if (risk == null) {
            errors.put("risk", "Select how likely the breach is to result in a risk to people");
        }
        BreachRules.text(errors, "reasons", "the reasons for the assessment", reasons, BreachRules.LONG_TEXT);
        failIfAny(errors);
        Actor actor = Tenancy.requireActor();
        entries.addAssessment(actor.organisation(), id, risk, reasons.trim(), actor.id(), clock.instant());
        history(id, "Risk assessed: " + risk.label().toLowerCase());
        if (risk == Risk.HIGH_RISK && tasks.createIfAbsent(actor.organisation(), id, clock.instant())) {
            history(id, "Task created: tell the people affected without undue delay");
        }
        audit.record(AuditRecord.of("breach.assessed", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail("risk: " + risk));
    }

    /** Adds to the dated log of containment and recovery actions. */
    @Transactional
    public void addAction(BreachId id, LocalDate takenOn, String description) {
        BreachRow breach = openBreach(id, "description");
        Map<String, String> errors = new LinkedHashMap<>();
        if (takenOn == null) {
            errors.put("takenOn", "Enter the date the action was taken");
        } else if (takenOn.isAfter(UkCalendar.today(clock))) {
            errors.put("takenOn", "The date the action was taken must be today or in the past");
        } else if (takenOn.isBefore(ukDate(breach.details().awareAt()).minusYears(1))) {
            errors.put("takenOn", "The date the action was taken must be close to when the breach was discovered");
        }
        BreachRules.text(errors, "description", "what was done", description, BreachRules.LONG_TEXT);
        failIfAny(errors);
        Actor actor = Tenancy.requireActor();
        entries.addAction(actor.organisation(), id, takenOn, description.trim(), actor.id(), clock.instant());
        history(id, "Containment or recovery action recorded");
        audit.record(AuditRecord.of("breach.action-recorded", Outcome.SUCCESS).about("breach", id));
    }

    /** Records the decision whether to report; a later decision stands, earlier ones stay in the record. */
    @Transactional
    public void decide(BreachId id, ReportingDecision decision, String reasons) {
        BreachRow breach = openBreach(id, "reasons");
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision == null) {
            errors.put("decision", "Select whether to report the breach to the ICO");
        } else if (decision == ReportingDecision.DO_NOT_REPORT && breach.reportedAt() != null) {
            errors.put("decision", "The breach has already been reported to the ICO");
        }
        if (entries.assessments(id).isEmpty()) {
            errors.put("decision", "Assess the risk to people before deciding whether to report");
        }
        BreachRules.text(errors, "reasons", "the reasons for the decision", reasons, BreachRules.LONG_TEXT);
        failIfAny(errors);
        Actor actor = Tenancy.requireActor();
        entries.addDecision(actor.organisation(), id, decision, reasons.trim(), actor.id(), clock.instant());
        history(id, "Decision recorded: " + decision.label().toLowerCase());
        audit.record(AuditRecord.of("breach.decided", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail("decision: " + decision));
    }

    /**
     * Records the report made to the ICO. After the 72 hours, the reasons for the delay must go with
     * it (Art 33(1)).
     */
    @Transactional
    public void reportToIco(BreachId id, Instant reported, String icoReference, String lateReasons) {
        Instant reportedAt = reported == null ? null : reported.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BreachRow breach = openBreach(id, "icoReference");
        Map<String, String> errors = new LinkedHashMap<>();
        var decisions = entries.decisions(id);
        if (decisions.isEmpty() || decisions.get(decisions.size() - 1).decision() != ReportingDecision.REPORT) {
            errors.put("reportedAt", "Record a decision to report the breach to the ICO first");
        } else if (breach.reportedAt() != null) {
            errors.put("reportedAt", "The report to the ICO is already recorded");
        }
        Instant deadline = breach.details().awareAt().plus(ReportingClock.REPORTING_TIME);
        if (reportedAt == null) {
            errors.putIfAbsent("reportedAt", "Enter when the breach was reported to the ICO");
        } else if (reportedAt.isAfter(clock.instant())) {
            errors.putIfAbsent("reportedAt", "When the breach was reported must be now or in the past");
        } else if (reportedAt.isBefore(breach.details().awareAt())) {
            errors.putIfAbsent(
                    "reportedAt", "When the breach was reported cannot be before the organisation became aware of it");
        }
        BreachRules.text(errors, "icoReference", "the ICO's case reference", icoReference, BreachRules.SHORT_TEXT);
        boolean late = reportedAt != null && reportedAt.isAfter(deadline);
        if (late) {
            BreachRules.text(
                    errors,
                    "lateReasons",
                    "the reasons the report was made after 72 hours",
                    lateReasons,
                    BreachRules.LONG_TEXT);
        }
        failIfAny(errors);
        rows.recordIcoReport(id, reportedAt, icoReference.trim(), late ? lateReasons.trim() : null);
        history(id, late ? "Reported to the ICO, after the 72 hours" : "Reported to the ICO");
        audit.record(AuditRecord.of("breach.reported", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail("late: " + late));
    }

    /** Closes the Art 34 task: when and how people were told, or why they were not (Art 34(3)). */
    @Transactional
    public void closeNotificationTask(BreachId id, PeopleTold outcome) {
        BreachRow breach = openBreach(id, "outcome");
        var task = tasks.of(id).filter(NotificationTasks.TaskRow::open);
        if (task.isEmpty()) {
            throw new InvalidInput("outcome", "This breach has no open task to tell the people affected");
        }
        PeopleTold checked = checked(outcome, ukDate(breach.details().awareAt()));
        Actor actor = Tenancy.requireActor();
        tasks.close(id, checked, actor.id(), clock.instant());
        history(
                id,
                checked.toldOn() != null
                        ? "Task closed: the people affected were told"
                        : "Task closed: the people affected were not told ("
                                + checked.notToldReason().label() + ")");
        audit.record(AuditRecord.of("breach.people-told", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail(checked.toldOn() != null ? "told" : "not told: " + checked.notToldReason()));
    }

    private PeopleTold checked(PeopleTold outcome, LocalDate awareOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean told = outcome != null && (outcome.toldOn() != null || outcome.toldHow() != null);
        boolean notTold = outcome != null && outcome.notToldReason() != null;
        if (told == notTold) {
            throw new InvalidInput(
                    "outcome", "Select whether the people affected were told, or the reason they were not; not both");
        }
        if (told) {
            if (outcome.toldOn() == null) {
                errors.put("toldOn", "Enter the date the people affected were told");
            } else if (outcome.toldOn().isAfter(UkCalendar.today(clock))) {
                errors.put("toldOn", "The date people were told must be today or in the past");
            } else if (outcome.toldOn().isBefore(awareOn)) {
                errors.put("toldOn", "The date people were told cannot be before the breach was discovered");
            }
            BreachRules.text(
                    errors, "toldHow", "how the people affected were told", outcome.toldHow(), BreachRules.LONG_TEXT);
            failIfAny(errors);
            return PeopleTold.told(outcome.toldOn(), outcome.toldHow().trim());
        }
        BreachRules.text(
                errors, "explanation", "an explanation of the reason", outcome.explanation(), BreachRules.LONG_TEXT);
        failIfAny(errors);
        return PeopleTold.notTold(outcome.notToldReason(), outcome.explanation().trim());
    }

    private BreachRow openBreach(BreachId id, String field) {
        BreachRow breach = rows.lock(id).orElseThrow(() -> new NotFound("Breach"));
        if (breach.status() == BreachStatus.CLOSED) {
            throw new InvalidInput(field, "This breach is closed");
        }
        return breach;
    }

    private void history(BreachId id, String entry) {
        Actor actor = Tenancy.requireActor();
        entries.addHistory(actor.organisation(), id, entry, actor.id(), clock.instant());
    }

    private static LocalDate ukDate(Instant instant) {
        return instant.atZone(UkCalendar.ZONE).toLocalDate();
    }

    private static void failIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
