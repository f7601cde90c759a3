package org.custodia.rights;

import java.time.Instant;
import java.util.UUID;

/**
 * How a response went out: offered to the requester through a secure download ({@code offer}), or kept
 * for the DPO to download and send by post or hand over in person.
 */
public record ResponseIssued(
        boolean secureDownload, UUID offer, int records, int withheld, boolean pdf, boolean zip, Instant issuedAt) {}
