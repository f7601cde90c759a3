package org.custodia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.custodia.identity.UserDetails;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Role;
import org.junit.jupiter.api.Test;

class UserRulesUnitTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static UserDetails bornOn(LocalDate dateOfBirth) {
        return new UserDetails(
                null, "Jo", null, "Bloggs", "jo@example.org", "Teacher", dateOfBirth, false, Set.of(Role.PRACTITIONER));
    }

    @Test
    void sixteenOnTheirBirthdayIsOldEnoughTheDayBeforeIsNot() {
        UserRules.check(bornOn(LocalDate.of(2010, 11, 23)), TODAY);
        assertThatThrownBy(() -> UserRules.check(bornOn(LocalDate.of(2010, 11, 24)), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsEntry("dateOfBirth", "Users must be aged 16 or over"));
    }

    @Test
    void everyMissingFieldIsNamedInOrder() {
        UserDetails empty = new UserDetails(null, "", null, " ", "", "", null, false, Set.of());
        assertThatThrownBy(() -> UserRules.check(empty, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().keySet())
                                .containsExactly("firstName", "lastName", "email", "jobRole", "dateOfBirth", "roles"));
    }

    @Test
    void refusesAMalformedEmailAndTheOperatorRole() {
        UserDetails user = new UserDetails(
                null, "Jo", null, "Bloggs", "jo at example", "Teacher", null, true, Set.of(Role.PLATFORM_OPERATOR));
        assertThatThrownBy(() -> UserRules.check(user, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.errors()).containsKeys("email", "roles"));
    }
}
