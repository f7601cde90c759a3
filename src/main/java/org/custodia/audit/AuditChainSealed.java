package org.custodia.audit;

import java.time.Instant;
import org.custodia.shared.OrganisationId;

/**
 * A chain was sealed by the scheduled sealer. Listeners send the seal somewhere outside the database
 * (the DPOs' mailboxes), which is what makes a later rewrite of the chain detectable by people too.
 */
public record AuditChainSealed(OrganisationId organisation, long lastSequence, String fingerprint, Instant sealedAt) {}
