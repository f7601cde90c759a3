package org.custodia.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserStatus;
import org.custodia.identity.UserView;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;

/** A user's row, secrets included; it never leaves this module. */
public record UserAccount(
        UserId id,
        OrganisationId organisationId,
        UserDetails details,
        UserStatus status,
        String passwordHash,
        byte[] totpSecret,
        boolean totpEnabled,
        Long totpLastStep,
        UserId createdByUser,
        UserId createdByOperator,
        Instant createdAt) {

    public Set<Role> roles() {
        return details.roles();
    }

    public String email() {
        return details.email();
    }

    public Actor actor() {
        return new Actor(id, organisationId, view().fullName(), details.roles());
    }

    public UserView view() {
        return new UserView(
                id,
                details.title(),
                details.firstName(),
                details.middleName(),
                details.lastName(),
                details.email(),
                details.jobRole(),
                details.dateOfBirth(),
                details.attestedSixteenOrOver(),
                details.roles(),
                status,
                totpEnabled,
                createdAt);
    }
}
