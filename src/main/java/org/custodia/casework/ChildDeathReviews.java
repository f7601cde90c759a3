package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.DeathReviewOutcomeRows;
import org.custodia.casework.internal.DeathReviewRows;
import org.custodia.casework.internal.InputChecks;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child death reviews: the notification, the agencies involved and their reporting forms. A review may
 * be opened before the death is on the child's record; its notification then records the date of death
 * (or must agree with the one recorded), and nothing else is recorded on the review until it is.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class ChildDeathReviews {

    private final CaseAccess access;
    private final DeathReviewRows rows;
    private final DeathReviewOutcomeRows outcomes;
    private final PeopleRows people;
    private final SensitiveDataAccess grants;
    private final AuditTrail audit;
    private final Clock clock;

    ChildDeathReviews(
            CaseAccess access,
            DeathReviewRows rows,
            DeathReviewOutcomeRows outcomes,
            PeopleRows people,
            SensitiveDataAccess grants,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.rows = rows;
        this.outcomes = outcomes;
        this.people = people;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void recordNotification(CaseId id, DeathNotification notification) {
        CaseRows.CaseRow row = review(id, "Death notifications");
        if (rows.notification(id, row.child(), false).isPresent()) {
            throw new InvalidInput("notifiedOn", "The notification of this death is already recorded");
        }
        PersonDetails child = people.find(row.child()).orElseThrow();
        LocalDate died = notification.dateOfDeath();
        new InputChecks(UkCalendar.today(clock))
                .past(died, "dateOfDeath", "Enter the date of death, today or in the past")
                .check(
                        child.dateOfBirth() == null || died == null || !died.isBefore(child.dateOfBirth()),
                        "dateOfDeath",
                        "The date of death must be on or after the child's date of birth")
                .check(
                        child.dateOfDeath() == null || died == null || died.equals(child.dateOfDeath()),
                        "dateOfDeath",
                        () -> "The child's record gives the date of death as " + InputChecks.date(child.dateOfDeath())
                                + ". Enter that date, or correct the child's record first")
                .past(
                        notification.notifiedOn(),
                        "notifiedOn",
                        "Enter the date of the notification, today or in the past")
                .onOrAfter(
                        notification.notifiedOn(),
                        died,
                        "notifiedOn",
                        "The notification must be on or after the date of death")
                .required(notification.placeOfDeath(), "placeOfDeath", "Select where the child died")
                .text(
                        notification.circumstances(),
                        10_000,
                        "circumstances",
                        "Enter the circumstances of the death, 10,000 characters or fewer")
                .orRefuse();
        rows.addNotification(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                notification,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.death-notification-recorded", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value()));
        if (child.dateOfDeath() == null) {
            people.recordDeath(row.child(), died, clock.instant());
            audit.record(AuditRecord.of("person.updated", Outcome.SUCCESS)
                    .about("person", row.child())
                    .concerning(row.child().value())
                    .withDetail("date of death, from the death notification"));
        }
    }

    @Transactional
    public UUID addAgency(CaseId id, String name) {
        CaseRows.CaseRow row = review(id, "Agencies involved");
        notified(id, row);
        new InputChecks(UkCalendar.today(clock))
                .text(name, 200, "name", "Enter the name of the agency, 200 characters or fewer")
                .check(
                        name == null || !rows.hasAgencyNamed(id, name),
                        "name",
                        () -> name.trim() + " is already recorded as involved")
                .orRefuse();
        UUID agency = rows.addAgency(
                Tenancy.requireActor().organisation(),
                id,
                name,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.agency-added", Outcome.SUCCESS)
                .about("agency", agency)
                .concerning(row.child().value()));
        return agency;
    }

    @Transactional
    public UUID recordAgencyReport(CaseId id, UUID agency, InvolvedAgency.Report report) {
        CaseRows.CaseRow row = review(id, "Agency reporting forms");
        if (agency == null || !rows.hasAgency(id, agency)) {
            throw new NotFound("Agency");
        }
        DeathNotification notification = notified(id, row);
        new InputChecks(UkCalendar.today(clock))
                .past(
                        report.submittedOn(),
                        "submittedOn",
                        "Enter the date the form was submitted, today or in the past")
                .onOrAfter(
                        report.submittedOn(),
                        notification.dateOfDeath(),
                        "submittedOn",
                        "The form must be submitted on or after the date of death, "
                                + InputChecks.date(notification.dateOfDeath()))
                .text(report.content(), 20_000, "content", "Enter the content of the form, 20,000 characters or fewer")
                .orRefuse();
        UUID reportId = rows.addReport(
                Tenancy.requireActor().organisation(),
                id,
                agency,
                row.child(),
                report,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.agency-report-recorded", Outcome.SUCCESS)
                .about("agency-report", reportId)
                .concerning(row.child().value())
                .withDetail("agency " + agency));
        return reportId;
    }

    /** Everything recorded on the review; free text withheld without a grant. */
    @Transactional
    public ChildDeathReview review(CaseId id) {
        CaseRows.CaseRow row = review(id, "Child death review records");
        boolean reveal = grants.currentActorIsGranted();
        ChildDeathReview review = new ChildDeathReview(
                rows.notification(id, row.child(), reveal).orElse(null),
                rows.agencies(id, row.child(), reveal),
                outcomes.analysis(id, row.child(), reveal).orElse(null),
                outcomes.submission(id));
        audit.record(AuditRecord.of("case.death-review-viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(reveal ? "free text shown" : "free text withheld"));
        return review;
    }

    private CaseRows.CaseRow review(CaseId id, String records) {
        return access.requireView(id, records, CaseType.CHILD_DEATH_REVIEW);
    }

    private DeathNotification notified(CaseId id, CaseRows.CaseRow row) {
        return rows.notification(id, row.child(), false)
                .orElseThrow(
                        () -> new InvalidInput("notification", "Record the notification of the child's death first"));
    }
}
