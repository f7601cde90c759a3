package org.custodia.casework.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.ChildDeathReview;
import org.custodia.casework.Enrolment;
import org.custodia.casework.PepMeeting;
import org.custodia.casework.PersonId;
import org.custodia.casework.Placement;
import org.custodia.casework.SenStatusRecord;
import org.custodia.casework.Visit;
import org.springframework.stereotype.Component;

/**
 * The records a case keeps for its type, as its page shows them, read after the page's one access
 * decision: free text and special-category values only for a reader with a grant. Names what it
 * read, for the page's audit record.
 */
@Component
public class CaseSections {

    /** What the page shows besides the case, and the names of the sections read. */
    public record Sections(
            YearMonth month,
            List<AttendanceMark> attendance,
            List<Placement> placements,
            List<PepMeeting> pepMeetings,
            List<Visit> visits,
            ChildDeathReview review,
            List<Enrolment> enrolments,
            List<SenStatusRecord> senStatuses,
            List<String> shown) {}

    private final LookedAfterRows lookedAfter;
    private final PlacementRows placements;
    private final PepMeetingRows meetings;
    private final PupilRows pupils;
    private final DeathReviewRows deathReviews;
    private final DeathReviewOutcomeRows outcomes;

    CaseSections(
            LookedAfterRows lookedAfter,
            PlacementRows placements,
            PepMeetingRows meetings,
            PupilRows pupils,
            DeathReviewRows deathReviews,
            DeathReviewOutcomeRows outcomes) {
        this.lookedAfter = lookedAfter;
        this.placements = placements;
        this.meetings = meetings;
        this.pupils = pupils;
        this.deathReviews = deathReviews;
        this.outcomes = outcomes;
    }

    public Sections of(CaseId id, CaseType type, PersonId child, boolean reveal, LocalDate today) {
        List<String> shown = new ArrayList<>();
        String text = reveal ? "shown" : "withheld";
        YearMonth month = null;
        List<AttendanceMark> attendance = List.of();
        // Attendance is kept for looked-after children (by their virtual school) and for pupils.
        if (type != CaseType.CHILD_DEATH_REVIEW) {
            month = YearMonth.from(today);
            attendance = lookedAfter.marks(id, month.atDay(1), month.atEndOfMonth());
            shown.add("attendance " + month);
        }
        return switch (type) {
            case LOOKED_AFTER_CHILD -> {
                List<Placement> placed = placements.of(id);
                List<PepMeeting> peps = meetings.of(id, child, reveal);
                List<Visit> visits = lookedAfter.visits(id, child, reveal);
                shown.addAll(
                        List.of("placements", "PEP meetings (notes " + text + ")", "visits (summaries " + text + ")"));
                yield new Sections(month, attendance, placed, peps, visits, null, List.of(), List.of(), shown);
            }
            case PUPIL -> {
                List<Enrolment> enrolments = pupils.enrolments(id);
                List<SenStatusRecord> statuses = pupils.senStatuses(id, child, reveal);
                shown.addAll(List.of("enrolments", "SEN statuses (" + text + ")"));
                yield new Sections(
                        month, attendance, List.of(), List.of(), List.of(), null, enrolments, statuses, shown);
            }
            case CHILD_DEATH_REVIEW -> {
                ChildDeathReview review = new ChildDeathReview(
                        deathReviews.notification(id, child, reveal).orElse(null),
                        deathReviews.agencies(id, child, reveal),
                        outcomes.analysis(id, child, reveal).orElse(null),
                        outcomes.submission(id));
                shown.add("death review (free text " + text + ")");
                yield new Sections(
                        null, List.of(), List.of(), List.of(), List.of(), review, List.of(), List.of(), shown);
            }
            default ->
                new Sections(month, attendance, List.of(), List.of(), List.of(), null, List.of(), List.of(), shown);
        };
    }
}
