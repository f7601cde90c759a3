package org.custodia.consent;

import java.time.Instant;

/** One version of the exact words a person is shown when asked for consent; never changed once written. */
public record ConsentWording(int version, String text, Instant createdAt) {}
