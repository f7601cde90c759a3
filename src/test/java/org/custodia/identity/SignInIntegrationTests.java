package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CustodiaTest
class SignInIntegrationTests {

    static final String REFUSAL = "Enter a correct Organisation ID, email address and password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    MvcTestResult signIn(String organisationId, String email, String password) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", organisationId)
                .param("email", email)
                .param("password", password)
                .exchange();
    }

    @Test
    void aUserSignsInWithOrganisationIdInAnyCaseAndReachesTheirHomePage() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        MvcTestResult result =
                signIn(council.code().toLowerCase(), user.email().toUpperCase(), TestOrganisations.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        Cookie session = result.getResponse().getCookie("CUSTODIA_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(result.getResponse().getHeader("Set-Cookie")).contains("SameSite=Strict");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText().contains("Welcome, <span>Test User");
        assertThat(organisations.auditDetails(council.id(), "sign-in")).containsExactly("SUCCESS");
    }

    @Test
    void everyKindOfWrongAttemptGetsTheSameRefusalAndIsAudited() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        assertThat(signIn(council.code(), user.email(), "not the right password at all"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", REFUSAL);
        assertThat(signIn(council.code(), "nobody@example.org", TestOrganisations.PASSWORD))
                .bodyText()
                .contains(REFUSAL);
        assertThat(signIn("NO-SUCH-ORG", user.email(), TestOrganisations.PASSWORD))
                .bodyText()
                .contains(REFUSAL);

        assertThat(organisations.auditDetails(council.id(), "sign-in"))
                .containsExactly("FAILURE:wrong password", "FAILURE:unknown email");
    }

    @Test
    void blankFieldsAreNamedInTheErrorSummary() {
        assertThat(signIn("", "", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "href=\"#organisationId\"",
                        "Enter your Organisation ID",
                        "Enter your email address",
                        "Enter your password");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        for (int i = 0; i < 5; i++) {
            signIn(council.code(), user.email(), "a wrong password number " + i);
        }

        assertThat(signIn(council.code(), user.email(), TestOrganisations.PASSWORD))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Too many attempts to sign in. Wait 1 minute and try again");
        assertThat(organisations.auditDetails(council.id(), "sign-in")).last().isEqualTo("FAILURE:throttled");
    }

    @Test
    void anAccountThatDoesNotExistLocksTheSameWaySoLocksRevealNothing() {
        TestOrganisation council = organisations.organisation();
        for (int i = 0; i < 5; i++) {
            signIn(council.code(), "ghost@example.org", "a wrong password number " + i);
        }
        assertThat(signIn(council.code(), "ghost@example.org", "anything"))
                .bodyText()
                .contains("Too many attempts");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        mvc.post()
                .uri("/admin/users/" + user.id() + "/disable")
                .with(csrf())
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(admin.authentication()))
                .exchange();

        assertThat(signIn(council.code(), user.email(), TestOrganisations.PASSWORD))
                .bodyText()
                .contains(REFUSAL);
        assertThat(organisations.auditDetails(council.id(), "sign-in")).containsExactly("FAILURE:account DISABLED");
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .param("organisationId", "X")
                        .param("email", "a@b.c")
                        .param("password", "p"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void pagesNeedSigningInAndTheApiSaysSoAsAProblem() {
        assertThat(mvc.get().uri("/admin/users"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/sign-in");
        assertThat(mvc.get().uri("/api/v1/me"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType("application/problem+json");
    }
}
