package org.custodia.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;

/** A user account as administrators see it: never a password hash or an MFA secret. */
public record UserView(
        UserId id,
        String title,
        String firstName,
        String middleName,
        String lastName,
        String email,
        String jobRole,
        LocalDate dateOfBirth,
        boolean attestedSixteenOrOver,
        Set<Role> roles,
        UserStatus status,
        boolean twoFactorEnabled,
        Instant createdAt) {

    public String fullName() {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {title, firstName, middleName, lastName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.toString();
    }
}
