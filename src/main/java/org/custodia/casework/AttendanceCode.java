package org.custodia.casework;

/**
 * School attendance codes (DfE, "Working together to improve school attendance", from August 2024),
 * each with the group it counts in. A mark is recorded for the morning and the afternoon session.
 */
public enum AttendanceCode {
    PRESENT_AM("/", Group.PRESENT, "Present (morning)"),
    PRESENT_PM("\\", Group.PRESENT, "Present (afternoon)"),
    LATE("L", Group.PRESENT, "Late, arrived before the register closed"),
    OFF_SITE_EDUCATION("K", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Education arranged by the local authority"),
    SPORTING_ACTIVITY("P", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Approved sporting activity"),
    EDUCATIONAL_VISIT("V", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Educational visit or trip"),
    WORK_EXPERIENCE("W", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Work experience"),
    OTHER_APPROVED_EDUCATION("B", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Other approved education off site"),
    DUAL_REGISTERED("D", Group.APPROVED_EDUCATIONAL_ACTIVITY, "Attending another school where registered"),
    EXCEPTIONAL_LEAVE("C", Group.AUTHORISED_ABSENCE, "Leave of absence for exceptional circumstances"),
    PERFORMANCE_LEAVE("C1", Group.AUTHORISED_ABSENCE, "Leave for a regulated performance or employment abroad"),
    REDUCED_TIMETABLE("C2", Group.AUTHORISED_ABSENCE, "Leave for a part-time timetable"),
    SUSPENDED("E", Group.AUTHORISED_ABSENCE, "Suspended or permanently excluded, no alternative provision"),
    ILLNESS("I", Group.AUTHORISED_ABSENCE, "Illness"),
    MEDICAL_APPOINTMENT("M", Group.AUTHORISED_ABSENCE, "Medical or dental appointment"),
    INTERVIEW("J1", Group.AUTHORISED_ABSENCE, "Interview for employment or further education"),
    STUDY_LEAVE("S", Group.AUTHORISED_ABSENCE, "Study leave"),
    TRAVELLER("T", Group.AUTHORISED_ABSENCE, "Parent travelling for occupational purposes"),
    RELIGIOUS_OBSERVANCE("R", Group.AUTHORISED_ABSENCE, "Religious observance"),
    UNAUTHORISED_HOLIDAY("G", Group.UNAUTHORISED_ABSENCE, "Holiday not granted by the school"),
    NO_REASON_YET("N", Group.UNAUTHORISED_ABSENCE, "Reason not yet provided"),
    UNAUTHORISED_OTHER("O", Group.UNAUTHORISED_ABSENCE, "Absent in other or unknown circumstances"),
    LATE_AFTER_CLOSE("U", Group.UNAUTHORISED_ABSENCE, "Arrived after the register closed"),
    NOT_REQUIRED("X", Group.NOT_COUNTED, "Not required to be in school"),
    TRANSPORT("Y1", Group.NOT_COUNTED, "Unable to attend: transport not available"),
    SCHOOL_CLOSED("Y2", Group.NOT_COUNTED, "Unable to attend: widespread disruption to travel"),
    NOT_ON_ROLL("Z", Group.NOT_COUNTED, "Not on roll"),
    PLANNED_CLOSURE("#", Group.NOT_COUNTED, "Planned whole or partial school closure");

    /** How a code counts in attendance figures. */
    public enum Group {
        PRESENT,
        APPROVED_EDUCATIONAL_ACTIVITY,
        AUTHORISED_ABSENCE,
        UNAUTHORISED_ABSENCE,
        NOT_COUNTED
    }

    private final String code;
    private final Group group;
    private final String meaning;

    AttendanceCode(String code, Group group, String meaning) {
        this.code = code;
        this.group = group;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public Group group() {
        return group;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the pupil counts as attending: present, or at approved education elsewhere. */
    public boolean attending() {
        return group == Group.PRESENT || group == Group.APPROVED_EDUCATIONAL_ACTIVITY;
    }

    public static AttendanceCode ofCode(String code) {
        for (AttendanceCode candidate : values()) {
            if (candidate.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No attendance code " + code);
    }
}
