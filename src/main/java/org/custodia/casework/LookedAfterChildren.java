package org.custodia.casework;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.InputChecks;
import org.custodia.casework.internal.LookedAfterRows;
import org.custodia.casework.internal.PepMeetingRows;
import org.custodia.casework.internal.PlacementRows;
import org.custodia.casework.internal.PlacementTimeline;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A looked-after child's placements, statutory visits and personal education plan (PEP) meetings, and
 * the school attendance kept for them (and for pupils).
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class LookedAfterChildren {

    private final CaseAccess access;
    private final LookedAfterRows rows;
    private final PlacementRows placements;
    private final PepMeetingRows meetings;
    private final SensitiveDataAccess grants;
    private final AuditTrail audit;
    private final Clock clock;

    LookedAfterChildren(
            CaseAccess access,
            LookedAfterRows rows,
            PlacementRows placements,
            PepMeetingRows meetings,
            SensitiveDataAccess grants,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.rows = rows;
        this.placements = placements;
        this.meetings = meetings;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID recordVisit(CaseId id, Visit visit) {
        CaseRows.CaseRow row = lookedAfter(id, "Statutory visits");
        new InputChecks(UkCalendar.today(clock))
                .past(visit.visitedOn(), "visitedOn", "Enter the date of the visit, today or in the past")
                .onOrAfter(
                        visit.visitedOn(),
                        row.openedOn(),
                        "visitedOn",
                        "The visit must be on or after the date the case opened")
                .text(visit.visitor(), 200, "visitor", "Enter who visited")
                .text(visit.location(), 200, "location", "Enter where the visit took place")
                .textIfGiven(visit.summary(), 10_000, "summary", "Summary must be 10,000 characters or fewer")
                .orRefuse();
        UUID visitId = rows.addVisit(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                visit,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.visit-recorded", Outcome.SUCCESS)
                .about("visit", visitId)
                .concerning(row.child().value()));
        return visitId;
    }

    @Transactional
    public List<Visit> visits(CaseId id) {
        CaseRows.CaseRow row = lookedAfter(id, "Statutory visits");
        boolean reveal = grants.currentActorIsGranted();
        List<Visit> found = rows.visits(id, row.child(), reveal);
        viewed("case.visits-viewed", id, row, reveal ? "summaries shown" : "summaries withheld");
        return found;
    }

    /** Records a placement; one starting after the current placement began ends that one. */
    @Transactional
    public UUID recordPlacement(CaseId id, Placement placement) {
        CaseRows.CaseRow row = lookedAfter(id, "Placements");
        new InputChecks(UkCalendar.today(clock))
                .required(placement.type(), "type", "Select the type of placement")
                .past(placement.startedOn(), "startedOn", "Enter the date the placement started, today or in the past")
                .onOrAfter(
                        placement.startedOn(),
                        row.openedOn(),
                        "startedOn",
                        "The placement must start on or after the date the case opened, "
                                + InputChecks.date(row.openedOn()))
                .pastIfGiven(
                        placement.endedOn(), "endedOn", "The date the placement ended must be today or in the past")
                .onOrAfter(
                        placement.endedOn(),
                        placement.startedOn(),
                        "endedOn",
                        "The date the placement ended must be on or after the date it started")
                .orRefuse();
        new PlacementTimeline(placements.of(id)).admit(placement).ifPresent(current -> {
            placements.end(current.id(), placement.startedOn());
            audit.record(AuditRecord.of("case.placement-ended", Outcome.SUCCESS)
                    .about("placement", current.id())
                    .concerning(row.child().value())
                    .withDetail("ended by the next placement"));
        });
        UUID placementId = placements.add(
                Tenancy.requireActor().organisation(),
                id,
                placement,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.placement-recorded", Outcome.SUCCESS)
                .about("placement", placementId)
                .concerning(row.child().value()));
        return placementId;
    }

    @Transactional
    public List<Placement> placements(CaseId id) {
        CaseRows.CaseRow row = lookedAfter(id, "Placements");
        List<Placement> found = placements.of(id);
        viewed("case.placements-viewed", id, row, "no free text");
        return found;
    }

    @Transactional
    public UUID recordPepMeeting(CaseId id, PepMeeting meeting) {
        CaseRows.CaseRow row = lookedAfter(id, "Personal education plan meetings");
        new InputChecks(UkCalendar.today(clock))
                .past(meeting.heldOn(), "heldOn", "Enter the date of the meeting, today or in the past")
                .onOrAfter(
                        meeting.heldOn(),
                        row.openedOn(),
                        "heldOn",
                        "The meeting must be on or after the date the case opened, " + InputChecks.date(row.openedOn()))
                .text(meeting.attendees(), 1000, "attendees", "Enter who attended, 1,000 characters or fewer")
                .textIfGiven(meeting.notes(), 10_000, "notes", "Notes must be 10,000 characters or fewer")
                .orRefuse();
        UUID meetingId = meetings.add(
                Tenancy.requireActor().organisation(),
                id,
                row.child(),
                meeting,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.pep-meeting-recorded", Outcome.SUCCESS)
                .about("pep-meeting", meetingId)
                .concerning(row.child().value()));
        return meetingId;
    }

    @Transactional
    public List<PepMeeting> pepMeetings(CaseId id) {
        CaseRows.CaseRow row = lookedAfter(id, "Personal education plan meetings");
        boolean reveal = grants.currentActorIsGranted();
        List<PepMeeting> found = meetings.of(id, row.child(), reveal);
        viewed("case.pep-meetings-viewed", id, row, reveal ? "notes shown" : "notes withheld");
        return found;
    }

    @Transactional
    public void recordAttendance(CaseId id, AttendanceMark mark) {
        CaseRows.CaseRow row = schoolAge(id);
        new InputChecks(UkCalendar.today(clock))
                .past(mark.date(), "date", "Enter the date of the session, today or in the past")
                .required(mark.session(), "session", "Select morning or afternoon")
                .required(mark.code(), "code", "Select an attendance code")
                .orRefuse();
        rows.mark(
                Tenancy.requireActor().organisation(),
                id,
                mark,
                Tenancy.requireActor().id(),
                clock.instant());
        audit.record(AuditRecord.of("case.attendance-recorded", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(mark.date() + " " + mark.session()));
    }

    @Transactional
    public List<AttendanceMark> attendance(CaseId id, YearMonth month) {
        CaseRows.CaseRow row = schoolAge(id);
        List<AttendanceMark> marks = rows.marks(id, month.atDay(1), month.atEndOfMonth());
        viewed("case.attendance-viewed", id, row, month.toString());
        return marks;
    }

    private CaseRows.CaseRow lookedAfter(CaseId id, String records) {
        return access.requireView(id, records, CaseType.LOOKED_AFTER_CHILD);
    }

    /** Attendance is kept for looked-after children (by their virtual school) and for pupils. */
    private CaseRows.CaseRow schoolAge(CaseId id) {
        return access.requireView(id, "Attendance marks", CaseType.LOOKED_AFTER_CHILD, CaseType.PUPIL);
    }

    private void viewed(String action, CaseId id, CaseRows.CaseRow row, String detail) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(detail));
    }
}
