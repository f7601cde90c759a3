package org.custodia.rights;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the requester is told once their request is in: its reference and when to expect the answer.
 * Serializable: it reaches the confirmation page through the session's flash attributes.
 */
public record Receipt(RightsRequestId id, String reference, LocalDate dueOn, String dueMessage)
        implements Serializable {}
