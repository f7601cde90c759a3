package org.custodia.casework.internal;

import java.util.List;
import java.util.function.Function;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.DeathCategory;
import org.custodia.casework.ModifiableFactors;
import org.custodia.casework.NcmdStatus;
import org.custodia.casework.PlaceOfDeath;
import org.custodia.casework.PlacementType;
import org.custodia.casework.SenStatus;
import org.custodia.casework.YearGroup;

/**
 * Every kind of case record a subject access file reads: its table, how its columns read to the
 * person, and which column holds free text encrypted under the child's key. Kept apart from the
 * queries ({@link CaseRecordsExport}) so that a new kind of record is one entry here; erasure and the
 * coverage test read the tables from the same list.
 */
final class CaseRecordKinds {

    private CaseRecordKinds() {}

    /** One kind of case record: where it lives, how its columns read, which column (if any) is encrypted. */
    record Kind(
            String table,
            String key,
            String category,
            String idColumn,
            String recordedColumn,
            String order,
            List<Column> columns,
            Column encrypted) {}

    record Column(String name, String label, Function<String, String> format) {
        static Column plain(String name, String label) {
            return new Column(name, label, Function.identity());
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind(
                    "case_notes",
                    "note",
                    "Case notes",
                    "id",
                    "written_at",
                    "written_at",
                    List.of(),
                    text("body", "Note")),
            new Kind(
                    "lac_visits",
                    "visit",
                    "Statutory visits",
                    "id",
                    "recorded_at",
                    "visited_on",
                    List.of(
                            Column.plain("visited_on", "Visited on"),
                            Column.plain("visitor", "Visitor"),
                            Column.plain("location", "Location"),
                            new Column(
                                    "seen_alone", "Seen alone", v -> "t".equals(v) || "true".equals(v) ? "Yes" : "No")),
                    text("summary", "Summary")),
            new Kind(
                    "lac_placements",
                    "placement",
                    "Placements",
                    "id",
                    "recorded_at",
                    "started_on",
                    List.of(
                            new Column(
                                    "placement_type",
                                    "Placement",
                                    v -> PlacementType.valueOf(v).label()),
                            Column.plain("started_on", "Started on"),
                            Column.plain("ended_on", "Ended on")),
                    null),
            new Kind(
                    "lac_pep_meetings",
                    "pep-meeting",
                    "Personal education plan meetings",
                    "id",
                    "recorded_at",
                    "held_on",
                    List.of(Column.plain("held_on", "Held on"), Column.plain("attendees", "Attendees")),
                    text("notes", "Notes")),
            new Kind(
                    "attendance_marks",
                    "attendance",
                    "School attendance",
                    null,
                    "recorded_at",
                    "attended_on, session",
                    List.of(
                            Column.plain("attended_on", "Date"),
                            Column.plain("session", "Session"),
                            new Column("code", "Mark", v -> {
                                AttendanceCode code = AttendanceCode.valueOf(v);
                                return code.code() + " " + code.meaning();
                            })),
                    null),
            new Kind(
                    "cdr_notifications",
                    "death-notification",
                    "Child death review",
                    "case_id",
                    "recorded_at",
                    "notified_on",
                    List.of(
                            Column.plain("notified_on", "Notified on"),
                            Column.plain("date_of_death", "Date of death"),
                            new Column(
                                    "place_of_death",
                                    "Place of death",
                                    v -> PlaceOfDeath.valueOf(v).label())),
                    text("circumstances", "Circumstances")),
            new Kind(
                    "cdr_agencies",
                    "agency",
                    "Child death review",
                    "id",
                    "added_at",
                    "added_at",
                    List.of(Column.plain("name", "Agency involved")),
                    null),
            new Kind(
                    "cdr_agency_reports",
                    "agency-report",
                    "Child death review",
                    "id",
                    "recorded_at",
                    "submitted_on",
                    List.of(Column.plain("submitted_on", "Report submitted on")),
                    text("content", "Report")),
            new Kind(
                    "cdr_analyses",
                    "death-analysis",
                    "Child death review",
                    "case_id",
                    "recorded_at",
                    "reviewed_on",
                    List.of(
                            Column.plain("reviewed_on", "Reviewed on"),
                            new Column(
                                    "category",
                                    "Category of death",
                                    v -> DeathCategory.valueOf(v).label()),
                            new Column(
                                    "modifiable_factors",
                                    "Modifiable factors",
                                    v -> ModifiableFactors.valueOf(v).label())),
                    text("learning_points", "Learning points")),
            new Kind(
                    "cdr_ncmd_submissions",
                    "ncmd-submission",
                    "Child death review",
                    "case_id",
                    "updated_at",
                    "submitted_on",
                    List.of(
                            new Column(
                                    "status",
                                    "National Child Mortality Database",
                                    v -> NcmdStatus.valueOf(v).label()),
                            Column.plain("submitted_on", "Submitted on"),
                            Column.plain("responded_on", "Responded on")),
                    null),
            new Kind(
                    "pupil_enrolments",
                    "enrolment",
                    "School enrolments",
                    "id",
                    "recorded_at",
                    "admitted_on",
                    List.of(
                            Column.plain("school", "School"),
                            new Column(
                                    "year_group",
                                    "Year group when admitted",
                                    v -> YearGroup.valueOf(v).label()),
                            Column.plain("admitted_on", "Admitted on"),
                            Column.plain("left_on", "Left on")),
                    null),
            new Kind(
                    "pupil_sen_statuses",
                    "sen-status",
                    "Special educational needs",
                    "id",
                    "recorded_at",
                    "effective_from",
                    List.of(Column.plain("effective_from", "From")),
                    new Column("status", "Status", CaseRecordKinds::senLabel)));

    static Column text(String name, String label) {
        return Column.plain(name, label);
    }

    static String senLabel(String code) {
        try {
            return SenStatus.ofCode(code).label();
        } catch (IllegalArgumentException e) {
            return code; // "(erased)" or "(cannot be shown ...)"
        }
    }
}
