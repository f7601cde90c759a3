package org.custodia.breaches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything recorded about a breach, with its clock and its history, for the DPO. */
public record BreachView(
        BreachId id,
        String reference,
        String title,
        String description,
        Occurrence occurred,
        Instant awareAt,
        String discovery,
        Set<DataCategory> dataCategories,
        boolean specialCategoryData,
        boolean criminalOffenceData,
        Integer peopleAffected,
        Integer recordsAffected,
        Set<SubjectCategory> subjectCategories,
        Set<BreachNature> nature,
        UUID accessReportId,
        String recordedBy,
        Instant recordedAt,
        BreachStatus status,
        String closingSummary,
        Instant closedAt,
        IcoReport icoReport,
        List<Assessment> assessments,
        List<ContainmentAction> actions,
        List<Decision> decisions,
        NotificationTask notificationTask,
        List<HistoryEntry> history,
        ReportingClock clock) {

    public record Assessment(Risk risk, String reasons, String assessedBy, Instant assessedAt) {}

    public record ContainmentAction(LocalDate takenOn, String description, String recordedBy, Instant recordedAt) {}

    public record Decision(ReportingDecision decision, String reasons, String decidedBy, Instant decidedAt) {}

    public record IcoReport(Instant reportedAt, String icoReference, String lateReasons) {}

    /** Art 34: open while {@code closedAt} is null. */
    public record NotificationTask(
            Instant createdAt,
            LocalDate toldOn,
            String toldHow,
            NotToldReason notToldReason,
            String explanation,
            String closedBy,
            Instant closedAt) {

        public boolean open() {
            return closedAt == null;
        }
    }

    public record HistoryEntry(Instant at, String by, String entry) {}

    /** The latest assessment, or null before the first. */
    public Assessment currentAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    /** The decision that stands (the latest), or null before the first. */
    public Decision currentDecision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    public boolean open() {
        return status == BreachStatus.OPEN;
    }
}
