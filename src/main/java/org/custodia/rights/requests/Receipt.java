package org.custodia.rights.requests;

import java.time.LocalDate;

/** What the requester is told once their request is in: its reference and when to expect the answer. */
public record Receipt(RightsRequestId id, String reference, LocalDate dueOn, String dueMessage) {}
