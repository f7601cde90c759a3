package org.custodia.identity;

/** What a person needs to add Custodia to an authenticator app. */
public record TwoFactorSetUp(byte[] secret, String base32Secret, String uri) {}
