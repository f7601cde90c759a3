package org.custodia.rights;

/** For the request's page: whether a response file applies, how much is withheld, and how it went out. */
public record ResponseStatus(boolean applicable, int withheld, ResponseIssued issued) {}
