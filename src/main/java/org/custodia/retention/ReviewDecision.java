package org.custodia.retention;

import java.time.LocalDate;

/**
 * A DPO's decision on a record due for review: dispose of it now; keep it until a date, with the
 * reason; or place a legal hold on it (ground, reason and review date).
 */
public record ReviewDecision(
        Choice choice, LocalDate keepUntil, String reason, HoldGround ground, LocalDate holdReviewOn) {

    public enum Choice {
        DISPOSE("Dispose of it now"),
        KEEP("Keep it for a stated period"),
        HOLD("Place a legal hold");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
