package org.custodia.casework;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the case page shows, read in one transaction under one access decision and audited as
 * one record: the case itself and the records its type keeps. Sections a case of its type does not
 * keep are empty ({@code month} and {@code review} null).
 */
public record CasePage(
        CaseView view,
        YearMonth month,
        List<AttendanceMark> attendance,
        List<Placement> placements,
        List<PepMeeting> pepMeetings,
        List<Visit> visits,
        ChildDeathReview review,
        List<Enrolment> enrolments,
        List<SenStatusRecord> senStatuses) {

    /** A page with the case alone, for a reader who asked for nothing else. */
    static CasePage of(CaseView view) {
        return new CasePage(view, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    /** Whether attendance is kept for this case (looked-after children and pupils). */
    public boolean keepsAttendance() {
        return month != null;
    }
}
