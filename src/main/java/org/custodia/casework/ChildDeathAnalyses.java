package org.custodia.casework;

import java.time.Clock;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.DeathReviewOutcomeRows;
import org.custodia.casework.internal.DeathReviewRows;
import org.custodia.casework.internal.InputChecks;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child death overview panel's analysis of a death and its submission to the National Child
 * Mortality Database. The analysis may be revised until it is submitted, and again if the database
 * returns it for correction; an accepted submission is final.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class ChildDeathAnalyses {

    private final CaseAccess access;
    private final DeathReviewRows reviews;
    private final DeathReviewOutcomeRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    ChildDeathAnalyses(
            CaseAccess access, DeathReviewRows reviews, DeathReviewOutcomeRows rows, AuditTrail audit, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void recordAnalysis(CaseId id, DeathAnalysis analysis) {
        CaseRows.CaseRow row = access.requireView(id, "The panel's analysis", CaseType.CHILD_DEATH_REVIEW);
        DeathNotification notification = notified(id, row);
        NcmdStatus status = rows.submission(id).status();
        if (status == NcmdStatus.SUBMITTED || status == NcmdStatus.ACCEPTED) {
            throw new InvalidInput(
                    "reviewedOn",
                    "The analysis has been submitted to the National Child Mortality Database. It can be changed"
                            + " only if the database returns it for correction");
        }
        new InputChecks(UkCalendar.today(clock))
                .past(analysis.reviewedOn(), "reviewedOn", "Enter the date of the panel's review, today or in the past")
                .onOrAfter(
                        analysis.reviewedOn(),
                        notification.dateOfDeath(),
                        "reviewedOn",
                        "The panel's review must be on or after the date of death, "
                                + InputChecks.date(notification.dateOfDeath()))
                .required(analysis.category(), "category", "Select the category of death")
                .required(
                        analysis.modifiableFactors(),
                        "modifiableFactors",
                        "Select whether the panel identified modifiable factors")
                .textIfGiven(
                        analysis.learningPoints(),
                        10_000,
                        "learningPoints",
                        "Learning points must be 10,000 characters or fewer")
                .orRefuse();
        rows.saveAnalysis(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                analysis,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.death-analysis-recorded", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value()));
    }

    /**
     * Moves the submission on: submitted (once analysed, or again after a return), then accepted or
     * returned for correction by the database.
     */
    @Transactional
    public void recordSubmission(CaseId id, NcmdSubmission.Change change) {
        CaseRows.CaseRow row = access.requireView(
                id, "Submissions to the National Child Mortality Database", CaseType.CHILD_DEATH_REVIEW);
        notified(id, row);
        new InputChecks(UkCalendar.today(clock))
                .past(
                        change.on(),
                        "on",
                        "Enter the date of the submission or of the database's answer, today or in the past")
                .orRefuse();
        NcmdSubmission current = rows.submission(id);
        NcmdSubmission next = next(id, row, current, change);
        rows.saveSubmission(
                Tenancy.requireActor().organisation(),
                id,
                next,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.ncmd-submission-updated", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(current.status() + " to " + next.status()));
    }

    private NcmdSubmission next(CaseId id, CaseRows.CaseRow row, NcmdSubmission current, NcmdSubmission.Change change) {
        NcmdStatus to = change.status();
        if (to == null || to == NcmdStatus.NOT_SUBMITTED) {
            throw new InvalidInput("status", "Select submitted, accepted or returned for correction");
        }
        if (to == NcmdStatus.SUBMITTED) {
            if (current.status() == NcmdStatus.SUBMITTED || current.status() == NcmdStatus.ACCEPTED) {
                throw new InvalidInput(
                        "status",
                        "The analysis is already " + current.status().label().toLowerCase());
            }
            DeathAnalysis analysis = rows.analysis(id, row.child(), false)
                    .orElseThrow(() -> new InvalidInput("status", "Record the panel's analysis before submitting it"));
            new InputChecks(UkCalendar.today(clock))
                    .onOrAfter(
                            change.on(),
                            analysis.reviewedOn(),
                            "on",
                            "The submission must be on or after the panel's review, "
                                    + InputChecks.date(analysis.reviewedOn()))
                    .orRefuse();
            return new NcmdSubmission(NcmdStatus.SUBMITTED, change.on(), null);
        }
        if (current.status() != NcmdStatus.SUBMITTED) {
            throw new InvalidInput("status", "Only a submitted analysis can be accepted or returned for correction");
        }
        new InputChecks(UkCalendar.today(clock))
                .onOrAfter(
                        change.on(),
                        current.submittedOn(),
                        "on",
                        "The database's answer must be on or after the submission, "
                                + InputChecks.date(current.submittedOn()))
                .orRefuse();
        return new NcmdSubmission(to, current.submittedOn(), change.on());
    }

    private DeathNotification notified(CaseId id, CaseRows.CaseRow row) {
        return reviews.notification(id, row.child(), false)
                .orElseThrow(
                        () -> new InvalidInput("notification", "Record the notification of the child's death first"));
    }
}
