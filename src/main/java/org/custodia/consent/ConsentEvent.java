package org.custodia.consent;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a consent's history. {@code wording} is the wording shown, for consent given; null for a withdrawal. */
public record ConsentEvent(
        Kind kind,
        ConsentWording wording,
        ConsentingParty by,
        ConsentMethod method,
        LocalDate on,
        String recordedBy,
        Instant recordedAt) {

    public enum Kind {
        GIVEN("Consent given"),
        WITHDRAWN("Consent withdrawn");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
