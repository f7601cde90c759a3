package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.InputChecks;
import org.custodia.casework.internal.PupilRows;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pupil's enrolments at schools and their special educational needs (SEN) status. Enrolments may
 * predate the case (a pupil's earlier schools) and may overlap (dual registration); the SEN status is
 * recorded and seen only by holders of a sensitive-data grant.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class Pupils {

    private final CaseAccess access;
    private final PupilRows rows;
    private final SensitiveDataAccess grants;
    private final AuditTrail audit;
    private final Clock clock;

    Pupils(CaseAccess access, PupilRows rows, SensitiveDataAccess grants, AuditTrail audit, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID recordEnrolment(CaseId id, Enrolment enrolment) {
        CaseRows.CaseRow row = pupil(id, "Enrolments");
        new InputChecks(UkCalendar.today(clock))
                .text(enrolment.school(), 200, "school", "Enter the name of the school, 200 characters or fewer")
                .required(enrolment.yearGroup(), "yearGroup", "Select the pupil's year group when admitted")
                .past(
                        enrolment.admittedOn(),
                        "admittedOn",
                        "Enter the date the pupil was admitted, today or in the past")
                .pastIfGiven(enrolment.leftOn(), "leftOn", "The date the pupil left must be today or in the past")
                .onOrAfter(
                        enrolment.leftOn(),
                        enrolment.admittedOn(),
                        "leftOn",
                        "The date the pupil left must be on or after the date they were admitted")
                .orRefuse();
        if (enrolment.leftOn() == null) {
            rows.enrolments(id).stream()
                    .filter(e -> e.current()
                            && e.school().equalsIgnoreCase(enrolment.school().trim()))
                    .findFirst()
                    .ifPresent(e -> {
                        throw new InvalidInput(
                                "school",
                                "The pupil is already on the roll of " + e.school()
                                        + ". Record the date they left before enrolling them again");
                    });
        }
        UUID enrolmentId = rows.addEnrolment(
                Tenancy.requireActor().organisation(),
                id,
                enrolment,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.enrolment-recorded", Outcome.SUCCESS)
                .about("enrolment", enrolmentId)
                .concerning(row.child().value()));
        return enrolmentId;
    }

    @Transactional
    public void recordLeaving(CaseId id, UUID enrolmentId, LocalDate leftOn) {
        CaseRows.CaseRow row = pupil(id, "Enrolments");
        Enrolment enrolment = rows.enrolment(id, enrolmentId).orElseThrow(() -> new NotFound("Enrolment"));
        if (!enrolment.current()) {
            throw new InvalidInput(
                    "leftOn", "The pupil's leaving date is already recorded: " + InputChecks.date(enrolment.leftOn()));
        }
        new InputChecks(UkCalendar.today(clock))
                .past(leftOn, "leftOn", "Enter the date the pupil left, today or in the past")
                .onOrAfter(
                        leftOn,
                        enrolment.admittedOn(),
                        "leftOn",
                        "The date the pupil left must be on or after the date they were admitted, "
                                + InputChecks.date(enrolment.admittedOn()))
                .orRefuse();
        rows.leave(enrolmentId, leftOn);
        audit.record(AuditRecord.of("case.enrolment-ended", Outcome.SUCCESS)
                .about("enrolment", enrolmentId)
                .concerning(row.child().value()));
    }

    @Transactional
    public List<Enrolment> enrolments(CaseId id) {
        CaseRows.CaseRow row = pupil(id, "Enrolments");
        List<Enrolment> found = rows.enrolments(id);
        viewed("case.enrolments-viewed", id, row, "no free text");
        return found;
    }

    /** Records the pupil's SEN status from a date; only holders of a sensitive-data grant may. */
    @Transactional
    public UUID recordSenStatus(CaseId id, SenStatus status, LocalDate from) {
        CaseRows.CaseRow row = pupil(id, "Special educational needs statuses");
        if (!grants.currentActorIsGranted()) {
            audit.recordRefusal(AuditRecord.of("case.sen-status-recorded", Outcome.DENIED)
                    .about("case", id)
                    .concerning(row.child().value()));
            throw new SensitiveDataGrantRequired();
        }
        new InputChecks(UkCalendar.today(clock))
                .required(status, "status", "Select the pupil's special educational needs status")
                .past(from, "effectiveFrom", "Enter the date the status applies from, today or in the past")
                .orRefuse();
        UUID statusId = rows.addSenStatus(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                status,
                from,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.sen-status-recorded", Outcome.SUCCESS)
                .about("sen-status", statusId)
                .concerning(row.child().value()));
        return statusId;
    }

    /** The SEN status history, current first; statuses withheld without a grant. */
    @Transactional
    public List<SenStatusRecord> senStatuses(CaseId id) {
        CaseRows.CaseRow row = pupil(id, "Special educational needs statuses");
        boolean reveal = grants.currentActorIsGranted();
        List<SenStatusRecord> found = rows.senStatuses(id, row.child(), reveal);
        viewed("case.sen-statuses-viewed", id, row, reveal ? "statuses shown" : "statuses withheld");
        return found;
    }

    private CaseRows.CaseRow pupil(CaseId id, String records) {
        return access.requireView(id, records, CaseType.PUPIL);
    }

    private void viewed(String action, CaseId id, CaseRows.CaseRow row, String detail) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(detail));
    }
}
