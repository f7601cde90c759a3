package org.custodia.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.custodia.identity.UserDetails;
import org.custodia.shared.Role;

/** A user's details, valid unless a test says otherwise, with an email address no other test uses. */
public final class UserBuilder {

    private String firstName = "Amara";
    private String lastName = "Okafor";
    private final String jobRole = "Social worker";
    private final LocalDate dateOfBirth = LocalDate.of(1985, 3, 27);
    private final Set<Role> roles = EnumSet.of(Role.PRACTITIONER);

    private UserBuilder() {}

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public UserBuilder named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public UserDetails build() {
        return new UserDetails(
                null, firstName, null, lastName, uniqueEmail(firstName, lastName), jobRole, dateOfBirth, false, roles);
    }

    /** An address like {@code amara.okafor.3f2a9c1b@example.org}, unique to the test that asks. */
    public static String uniqueEmail(String firstName, String lastName) {
        return (firstName + "." + lastName + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .toLowerCase(Locale.ROOT);
    }
}
