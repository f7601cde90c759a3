package org.custodia.rights;

/**
 * Part of a record to withhold from a response: the whole record (no field), a field (no passage) or an
 * exact passage of a field, with the exemption relied on and the DPO's note of the reasoning (kept for the
 * organisation, never sent to the requester).
 */
public record NewRedaction(String recordId, String field, String passage, Exemption exemption, String note) {}
