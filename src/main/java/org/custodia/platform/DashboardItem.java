package org.custodia.platform;

import java.time.Instant;

/**
 * Something on the data protection officer's dashboard.
 *
 * @param heading what it is, e.g. "Breach BR-7F3A: laptop left on a train"
 * @param status where it stands, e.g. "ICO report due in 5 hours"
 * @param link the page that deals with it
 * @param urgency how it is shown
 * @param due when it must be done by, if there is a deadline
 */
public record DashboardItem(String heading, String status, String link, Urgency urgency, Instant due) {

    public enum Urgency {
        /** Past its deadline. */
        OVERDUE("Overdue", "govuk-tag--red"),
        /** Deadline close. */
        DUE_SOON("Due soon", "govuk-tag--orange"),
        /** Open, with time to spare. */
        OPEN("Open", "govuk-tag--blue");

        private final String label;
        private final String tagClass;

        Urgency(String label, String tagClass) {
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
}
