package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.custodia.identity.internal.TotpCodes;
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
class TwoFactorIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TotpCodes codes;

    Cookie session;

    MvcTestResult signIn(TestOrganisation council, TestUser user) {
        MvcTestResult result = mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", council.code())
                .param("email", user.email())
                .param("password", TestOrganisations.PASSWORD)
                .exchange();
        session = result.getResponse().getCookie("CUSTODIA_SESSION");
        return result;
    }

    String code(byte[] secret, int stepsFromNow) {
        return codes.codeAt(secret, Instant.now().plusSeconds(30L * stepsFromNow));
    }

    byte[] enrol(TestUser user) throws Exception {
        var form = mvc.get()
                .uri("/account/two-factor")
                .with(authentication(user.authentication()))
                .exchange();
        Cookie enrolling = form.getResponse().getCookie("CUSTODIA_SESSION");
        Matcher key = Pattern.compile("custodia-secret\">([A-Z2-7]+)<")
                .matcher(form.getResponse().getContentAsString());
        assertThat(key.find()).isTrue();
        byte[] secret = new Base32().decode(key.group(1));
        assertThat(mvc.post()
                        .uri("/account/two-factor")
                        .cookie(enrolling)
                        .with(csrf())
                        .with(authentication(user.authentication()))
                        .param("code", code(secret, -1)))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/account");
        return secret;
    }

    @Test
    void aUserWithTwoFactorMustEnterACodeAndEachCodeWorksOnce() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        byte[] secret = enrol(user);

        assertThat(signIn(council, user)).hasRedirectedUrl("/sign-in/two-factor");
        assertThat(mvc.get().uri("/api/v1/me").cookie(session))
                .as("not signed in yet")
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post()
                        .uri("/sign-in/two-factor")
                        .cookie(session)
                        .with(csrf())
                        .param("code", "000000"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("The code is not right");
        assertThat(mvc.post()
                        .uri("/sign-in/two-factor")
                        .cookie(session)
                        .with(csrf())
                        .param("code", code(secret, -1)))
                .as("the enrolment code cannot be replayed")
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult accepted = mvc.post()
                .uri("/sign-in/two-factor")
                .cookie(session)
                .with(csrf())
                .param("code", code(secret, 0))
                .exchange();
        assertThat(accepted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        Cookie signedIn = accepted.getResponse().getCookie("CUSTODIA_SESSION");
        assertThat(mvc.get().uri("/api/v1/me").cookie(signedIn)).hasStatusOk();
        assertThat(organisations.auditDetails(council.id(), "sign-in"))
                .contains(
                        "SUCCESS:password accepted; second factor needed",
                        "FAILURE:wrong second factor code",
                        "SUCCESS:second factor");
    }

    @Test
    void whenTheOrganisationRequiresItAUserWithoutItMustSetItUpBeforeGettingIn() throws Exception {
        TestOrganisation council = organisations.organisation(true);
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        assertThat(signIn(council, user)).hasRedirectedUrl("/sign-in/two-factor/set-up");
        String page = mvc.get()
                .uri("/sign-in/two-factor/set-up")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<svg", "QR code for your authenticator app");
        Matcher key = Pattern.compile("custodia-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(key.find()).isTrue();
        byte[] secret = new Base32().decode(key.group(1));

        assertThat(mvc.post()
                        .uri("/sign-in/two-factor/set-up")
                        .cookie(session)
                        .with(csrf())
                        .param("code", code(secret, 0)))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
        assertThat(organisations.auditDetails(council.id(), "two-factor.enabled"))
                .containsExactly("SUCCESS");
    }

    @Test
    void aUserCannotTurnItOffWhenTheOrganisationRequiresIt() {
        TestOrganisation council = organisations.organisation(true);
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        assertThat(mvc.post().uri("/account/two-factor/off").with(csrf()).with(authentication(user.authentication())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Your organisation requires two-factor authentication");
    }

    @Test
    void anAdministratorMakesItMandatoryForTheOrganisation() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        assertThat(mvc.post()
                        .uri("/admin/organisation/two-factor")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("required", "true"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(signIn(council, user)).hasRedirectedUrl("/sign-in/two-factor/set-up");
    }
}
