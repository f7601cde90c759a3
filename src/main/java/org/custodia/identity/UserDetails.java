package org.custodia.identity;

import java.time.LocalDate;
import java.util.Set;
import org.custodia.shared.Role;

/**
 * What an administrator enters about a user. A user must be 16 or over: either a date of birth
 * showing it, or an attestation that they are.
 */
public record UserDetails(
        String title,
        String firstName,
        String middleName,
        String lastName,
        String email,
        String jobRole,
        LocalDate dateOfBirth,
        boolean attestedSixteenOrOver,
        Set<Role> roles) {

    public UserDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
