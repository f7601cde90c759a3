package org.custodia.retention.internal;

import java.util.List;
import org.custodia.retention.EndAction;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RuleChange;
import org.custodia.retention.StartEvent;

/** The schedule an organisation starts from: the periods and sources of docs/retention.md, and defaults for the rest. */
public final class ReadyMadeSchedule {

    private ReadyMadeSchedule() {}

    public record Line(RecordKind kind, RuleChange rule) {}

    public static List<Line> lines() {
        String regs2010 = "Care Planning, Placement and Case Review (England) Regulations 2010";
        String irms = "IRMS toolkit for schools";
        return List.of(
                line(RecordKind.LOOKED_AFTER_CHILD_CASE, 75, StartEvent.DATE_OF_BIRTH, 15, EndAction.DESTROY, regs2010),
                line(RecordKind.CARE_LEAVER_RECORD, 75, StartEvent.DATE_OF_BIRTH, null, EndAction.DESTROY, regs2010),
                line(
                        RecordKind.ADOPTION_RECORD,
                        100,
                        StartEvent.CREATION,
                        null,
                        EndAction.REVIEW,
                        "Adoption Agencies Regulations 2005 (100 years from the adoption order)"),
                line(
                        RecordKind.CHILD_PROTECTION_RECORD,
                        35,
                        StartEvent.LAST_CONTACT,
                        null,
                        EndAction.REVIEW,
                        "Local schedule: 35 years after last contact"),
                line(
                        RecordKind.CHILD_DEATH_REVIEW_CASE,
                        10,
                        StartEvent.CASE_CLOSURE,
                        null,
                        EndAction.REVIEW,
                        "Set by the partnership's own schedule: change this to yours. The data also flows to the"
                                + " National Child Mortality Database"),
                line(RecordKind.PUPIL_RECORD, 25, StartEvent.DATE_OF_BIRTH, null, EndAction.DESTROY, irms),
                line(RecordKind.SEN_FILE, 31, StartEvent.DATE_OF_BIRTH, null, EndAction.DESTROY, irms),
                line(
                        RecordKind.SCHOOL_CHILD_PROTECTION_FILE,
                        25,
                        StartEvent.DATE_OF_BIRTH,
                        null,
                        EndAction.REVIEW,
                        irms + " (then review)"),
                line(
                        RecordKind.USER_ACCOUNT,
                        2,
                        StartEvent.LAST_CONTACT,
                        null,
                        EndAction.ANONYMISE,
                        "Custodia default: two years after the account was last used"),
                line(
                        RecordKind.AUDIT_TRAIL,
                        6,
                        StartEvent.CREATION,
                        null,
                        EndAction.REVIEW,
                        "Evidence of every access; hash-chained, so reviewed and never destroyed by the job"),
                line(
                        RecordKind.RIGHTS_REQUEST_FILE,
                        2,
                        StartEvent.CASE_CLOSURE,
                        null,
                        EndAction.DESTROY,
                        "Custodia default: two years after the request is closed"),
                line(
                        RecordKind.SERVICE_CONTACT_RECORD,
                        2,
                        StartEvent.LAST_CONTACT,
                        null,
                        EndAction.DESTROY,
                        "Custodia default"),
                line(RecordKind.ANALYTICS, 2, StartEvent.CREATION, null, EndAction.DESTROY, "Custodia default"),
                line(
                        RecordKind.USER_FEEDBACK,
                        1,
                        StartEvent.CREATION,
                        null,
                        EndAction.DESTROY,
                        "Custodia default: a year after it was given (free text may name someone)"),
                line(
                        RecordKind.DISPOSAL_CERTIFICATE,
                        100,
                        StartEvent.CREATION,
                        null,
                        EndAction.REVIEW,
                        "Custodia default: evidence of what was disposed of, kept as long as the longest period"
                                + " above, then reviewed"));
    }

    private static Line line(
            RecordKind kind, int years, StartEvent from, Integer childDeathYears, EndAction action, String source) {
        return new Line(kind, new RuleChange(years, from, childDeathYears, action, source));
    }
}
