package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The time-based rules: lockouts that end by themselves, and sessions that end after 12 hours. */
@CustodiaTest
class SessionAndThrottleTimingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MvcTestResult signIn(TestOrganisation council, TestUser user, String password) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", council.code())
                .param("email", user.email())
                .param("password", password)
                .exchange();
    }

    @Test
    void aLockLastsOneMinuteThenDoublesWithEachFurtherFailureUpToFifteen() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        for (int i = 0; i < 5; i++) {
            signIn(council, user, "wrong password attempt " + i);
        }
        assertThat(signIn(council, user, TestOrganisations.PASSWORD)).bodyText().contains("Wait 1 minute");

        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(council, user, "wrong again after the lock"))
                .bodyText()
                .contains("Enter a correct");
        assertThat(signIn(council, user, TestOrganisations.PASSWORD)).bodyText().contains("Wait 2 minutes");

        for (long lockMinutes : new long[] {2, 4, 8, 15, 15}) {
            clock.advance(Duration.ofMinutes(lockMinutes).plusSeconds(1));
            signIn(council, user, "still guessing after " + lockMinutes);
        }
        assertThat(signIn(council, user, TestOrganisations.PASSWORD)).bodyText().contains("Wait 15 minutes");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn(council, user, TestOrganisations.PASSWORD))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        Cookie session =
                signIn(council, user, TestOrganisations.PASSWORD).getResponse().getCookie("CUSTODIA_SESSION");

        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

        clock.advance(Duration.ofMinutes(2));
        assertThat(mvc.get().uri("/").cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/sign-in?expired");
        assertThat(mvc.get().uri("/api/v1/me").cookie(session)).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
