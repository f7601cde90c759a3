package org.custodia.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recipient told (or to be told) of a change made on a request: by email at once, or by other means
 * the DPO records ({@code doneHow}, {@code doneOn}) because the recipient has no email address.
 */
public record RecipientNotification(
        UUID id,
        UUID recipient,
        String recipientName,
        NotifiedChange change,
        Method method,
        Instant createdAt,
        String doneHow,
        LocalDate doneOn,
        Instant doneAt) {

    public enum Method {
        EMAIL,
        OTHER_MEANS
    }

    /** An email is sent when the notification is made; other means wait for the DPO. */
    public boolean pending() {
        return method == Method.OTHER_MEANS && doneAt == null;
    }
}
