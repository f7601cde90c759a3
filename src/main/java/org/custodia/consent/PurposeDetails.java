package org.custodia.consent;

/** What the DPO writes about a purpose. A changed wording becomes a new version. */
public record PurposeDetails(String name, String wording, String processingActivity) {}
