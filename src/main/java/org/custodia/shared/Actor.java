package org.custodia.shared;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person on whose behalf a request runs. Its name is the user id, so sessions can be
 * found and ended by user (Spring Session's principal index).
 */
public record Actor(UserId id, OrganisationId organisation, String displayName, Set<Role> roles)
        implements Principal, Serializable {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor operator(UserId id, String displayName) {
        return new Actor(id, null, displayName, Set.of(Role.PLATFORM_OPERATOR));
    }

    public boolean isOperator() {
        return roles.contains(Role.PLATFORM_OPERATOR);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<OrganisationId> organisationId() {
        return Optional.ofNullable(organisation);
    }

    @Override
    public String getName() {
        return id.toString();
    }
}
