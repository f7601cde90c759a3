package org.custodia.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A service announcement: an incident or a change, shown from {@code startsAt} until {@code endsAt}. */
public record Announcement(
        UUID id,
        String title,
        String body,
        Severity severity,
        Instant startsAt,
        Instant endsAt,
        boolean everyone,
        List<String> organisations,
        Instant postedAt) {

    public enum Severity {
        INFORMATION("Information"),
        INCIDENT("Incident");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
