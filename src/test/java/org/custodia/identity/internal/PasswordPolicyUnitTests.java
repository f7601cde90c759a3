package org.custodia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTests {

    static final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthNotCompositionDecides() {
        assertThat(policy.problemWith("fourteen chars", "a@b.c", "ORG"))
                .contains("Password must be 15 characters or more");
        assertThat(policy.problemWith("fifteen letters", "a@b.c", "ORG")).isEmpty();
        assertThat(policy.problemWith("ÅÄÖ ünïcødé 🙂 spaces!", "a@b.c", "ORG")).isEmpty();
    }

    @Test
    void allowsAtLeastSixtyFourCharactersAndRefusesAbsurdLengths() {
        assertThat(policy.problemWith("x".repeat(64) + " and more words", "a@b.c", "ORG"))
                .isEmpty();
        assertThat(policy.problemWith("y".repeat(257), "a@b.c", "ORG"))
                .contains("Password must be 256 characters or fewer");
    }

    @Test
    void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
        assertThat(policy.problemWith("1qaz2wsx3edc4rfv", "a@b.c", "ORG"))
                .get()
                .asString()
                .contains("too common");
        assertThat(policy.problemWith("123456789987654321", "a@b.c", "ORG"))
                .get()
                .asString()
                .contains("too common");
        assertThat(policy.problemWith("QWERTYUIOPASDFGHJKL", "a@b.c", "ORG")).isPresent();
    }

    @Test
    void refusesPasswordsBuiltFromThePersonsOwnIdentifiers() {
        assertThat(policy.problemWith("jo.bloggs-is-my-password", "jo.bloggs@example.org", "ORG"))
                .contains("Password must not contain your email address or Organisation ID");
        assertThat(policy.problemWith("welcome to northshire 2026", "x@y.z", "NORTHSHIRE"))
                .isPresent();
    }
}
