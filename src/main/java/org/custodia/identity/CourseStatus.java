package org.custodia.identity;

import java.time.LocalDate;

/**
 * Where a user stands on one required course today. {@code expiresOn} is the latest expiry of their
 * records of it (of the current ones when there is one); none when they have no record.
 */
public record CourseStatus(String course, State state, LocalDate expiresOn) {

    public enum State {
        CURRENT("Current"),
        EXPIRED("Expired"),
        MISSING("No record");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean current() {
        return state == State.CURRENT;
    }
}
