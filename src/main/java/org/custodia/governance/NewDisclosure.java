package org.custodia.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is entered to record a disclosure. By basis: a statutory one names the law or order
 * ({@code statutoryBasis}); one with consent names the consent purpose, which every person concerned
 * must have consented to and not withdrawn; one without consent gives the reason, who decided and when.
 */
public record NewDisclosure(
        List<UUID> people,
        UUID recipient,
        LocalDate disclosedOn,
        String dataShared,
        String method,
        DisclosureBasis basis,
        String statutoryBasis,
        String reason,
        UUID decidedBy,
        LocalDate decidedOn,
        UUID consentPurpose) {}
