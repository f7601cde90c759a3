package org.custodia.rights;

/** One thing withheld from the response, as the response lists it: where, what, and the exemption relied on. */
public record WithheldItem(String recordId, String category, String what, Exemption exemption) {}
