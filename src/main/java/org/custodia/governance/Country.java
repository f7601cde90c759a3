package org.custodia.governance;

/** A country or territory by its ISO 3166-1 alpha-2 code and English name. */
public record Country(String code, String name) {}
