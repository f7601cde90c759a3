package org.custodia.rights;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a request's statutory clock stands today.
 *
 * @param dueOn the deadline (while paused, as it would be if the clock restarted today); null without a
 *     statutory clock
 * @param firstMonthEndsOn the deadline without any extension: an extension must be decided by then
 * @param pausedDays days the clock has stood still so far
 * @param pausedFor what the clock is waiting for now, or null while it runs
 */
public record RequestClock(
        State state,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate firstMonthEndsOn,
        long pausedDays,
        PauseReason pausedFor,
        LocalDate pausedSince,
        Integer extensionMonths) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public enum State {
        RUNNING("Running", "govuk-tag--blue"),
        DUE_THIS_WEEK("Due this week", "govuk-tag--orange"),
        OVERDUE("Overdue", "govuk-tag--red"),
        PAUSED("Paused", "govuk-tag--grey"),
        NO_STATUTORY_DEADLINE("No statutory deadline", "govuk-tag--purple"),
        CLOSED("Closed", "govuk-tag--green");

        private final String label;
        private final String tagClass;

        State(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }

    /** In plain English, for lists and the request page. */
    @JsonProperty("inWords")
    public String describe() {
        switch (state) {
            case NO_STATUTORY_DEADLINE:
                return "No statutory deadline: a request about a deceased person's record is not a subject"
                        + " access request";
            case PAUSED:
                return "Clock paused since " + format(pausedSince) + ": "
                        + pausedFor.label().toLowerCase(Locale.UK);
            case OVERDUE:
                return "Overdue: it was due by " + format(dueOn);
            case DUE_THIS_WEEK:
                return "Due this week: by " + format(dueOn);
            case CLOSED:
                // Beside the "Closed" tag, saying "Closed" again told the reader nothing.
                return dueOn == null ? "" : "It was due by " + format(dueOn);
            default:
                return "Due by " + format(dueOn);
        }
    }

    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
