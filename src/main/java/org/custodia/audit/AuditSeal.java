package org.custodia.audit;

import java.time.Instant;

/** A signed checkpoint of a chain: at {@code sealedAt} it ended at this entry with this hash. */
public record AuditSeal(long lastSequence, String fingerprint, Instant sealedAt, boolean signatureValid) {}
