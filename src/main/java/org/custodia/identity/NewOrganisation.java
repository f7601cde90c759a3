package org.custodia.identity;

import org.custodia.shared.Nation;

/** What an operator enters to register a controller. */
public record NewOrganisation(String name, String code, OrganisationKind kind, Nation nation, boolean mfaRequired) {}
