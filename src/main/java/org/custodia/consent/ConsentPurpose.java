package org.custodia.consent;

/**
 * A purpose with its current wording. {@code processingActivity} notes the processing activity that
 * relies on the consent (free text or its identifier), if the DPO recorded one.
 */
public record ConsentPurpose(
        ConsentPurposeId id, String name, String processingActivity, ConsentWording currentWording) {}
