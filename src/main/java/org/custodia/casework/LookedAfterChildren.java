package org.custodia.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.CaseAccess;
import org.custodia.casework.internal.CaseRows;
import org.custodia.casework.internal.LookedAfterRows;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Statutory visits to looked-after children, and school attendance (looked-after children and pupils). */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class LookedAfterChildren {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseAccess access;
    private final LookedAfterRows rows;
    private final SensitiveDataAccess grants;
    private final AuditTrail audit;
    private final Clock clock;

    LookedAfterChildren(
            CaseAccess access, LookedAfterRows rows, SensitiveDataAccess grants, AuditTrail audit, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID recordVisit(CaseId id, Visit visit) {
        CaseRows.CaseRow row = lookedAfter(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (visit.visitedOn() == null || visit.visitedOn().isAfter(today())) {
            errors.put("visitedOn", "Enter the date of the visit, today or in the past");
        } else if (visit.visitedOn().isBefore(row.openedOn())) {
            errors.put("visitedOn", "The visit must be on or after the date the case opened");
        }
        if (visit.visitor() == null || visit.visitor().isBlank()) {
            errors.put("visitor", "Enter who visited");
        }
        if (visit.location() == null || visit.location().isBlank()) {
            errors.put("location", "Enter where the visit took place");
        }
        if (visit.summary() != null && visit.summary().length() > 10_000) {
            errors.put("summary", "Summary must be 10,000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID visitId = rows.addVisit(actor().organisation(), id, row.child(), visit, actor().id(), clock.instant());
        audit.record(AuditRecord.of("case.visit-recorded", Outcome.SUCCESS)
                .about("visit", visitId)
                .concerning(row.child().value()));
        return visitId;
    }

    @Transactional
    public List<Visit> visits(CaseId id) {
        CaseRows.CaseRow row = lookedAfter(id);
        boolean reveal = grants.currentActorIsGranted();
        List<Visit> visits = rows.visits(id, row.child(), reveal);
        audit.record(AuditRecord.of("case.visits-viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(reveal ? "summaries shown" : "summaries withheld"));
        return visits;
    }

    @Transactional
    public void recordAttendance(CaseId id, AttendanceMark mark) {
        CaseRows.CaseRow row = schoolAge(id);
        if (mark.date() == null || mark.date().isAfter(today())) {
            throw new InvalidInput("date", "Enter the date of the session, today or in the past");
        }
        if (mark.session() == null || mark.code() == null) {
            throw new InvalidInput(
                    mark.session() == null ? "session" : "code",
                    mark.session() == null ? "Select morning or afternoon" : "Select an attendance code");
        }
        rows.mark(actor().organisation(), id, mark, actor().id(), clock.instant());
        audit.record(AuditRecord.of("case.attendance-recorded", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(mark.date() + " " + mark.session()));
    }

    @Transactional
    public List<AttendanceMark> attendance(CaseId id, YearMonth month) {
        CaseRows.CaseRow row = schoolAge(id);
        List<AttendanceMark> marks = rows.marks(id, month.atDay(1), month.atEndOfMonth());
        audit.record(AuditRecord.of("case.attendance-viewed", Outcome.SUCCESS)
                .about("case", id)
                .concerning(row.child().value())
                .withDetail(month.toString()));
        return marks;
    }

    private CaseRows.CaseRow lookedAfter(CaseId id) {
        CaseRows.CaseRow row = access.requireView(id);
        if (row.type() != CaseType.LOOKED_AFTER_CHILD) {
            throw new InvalidInput("case", "Visits are recorded on looked-after children's cases");
        }
        return row;
    }

    /** Attendance is kept for looked-after children (by their virtual school) and for pupils. */
    private CaseRows.CaseRow schoolAge(CaseId id) {
        CaseRows.CaseRow row = access.requireView(id);
        if (row.type() == CaseType.CHILD_DEATH_REVIEW) {
            throw new InvalidInput("case", "Attendance is recorded on looked-after children's and pupils' cases");
        }
        return row;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static Actor actor() {
        return Tenancy.currentActor().orElseThrow();
    }
}
