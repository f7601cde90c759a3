package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@CustodiaTest
class UserAdministrationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    MvcTestResult addUser(TestUser admin, String email, String dobYear, String... roles) {
        var request = mvc.post()
                .uri("/admin/users/new")
                .with(csrf())
                .with(authentication(admin.authentication()))
                .param("firstName", "Jo")
                .param("lastName", "Bloggs")
                .param("email", email)
                .param("jobRole", "Virtual school officer")
                .param("dobDay", dobYear.isEmpty() ? "" : "1")
                .param("dobMonth", dobYear.isEmpty() ? "" : "2")
                .param("dobYear", dobYear)
                .param("roles", roles);
        return request.exchange();
    }

    @Test
    void anAdministratorInvitesAUserWhoSetsAPasswordAndSignsIn() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);

        assertThat(addUser(admin, "Jo.Bloggs@Example.org", "1990", "PRACTITIONER"))
                .hasStatus(HttpStatus.FOUND);

        MimeMessage invitation = mail.getReceivedMessagesForDomain("jo.bloggs@example.org")[0];
        String body = GreenMailUtil.getBody(invitation);
        assertThat(body).contains("Your Organisation ID is: " + council.code());
        Matcher link = Pattern.compile("/set-password\\?token=([0-9a-f]{32}\\.[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(mvc.get().uri("/set-password").param("token", token)).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/set-password")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "password")
                        .param("confirmPassword", "password"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Password must be 15 characters or more");
        String password = "three ducks crossing the river";
        assertThat(mvc.post()
                        .uri("/set-password")
                        .with(csrf())
                        .param("token", token)
                        .param("password", password)
                        .param("confirmPassword", password))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/sign-in?passwordSet");
        assertThat(mvc.get().uri("/set-password").param("token", token)).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.post()
                        .uri("/sign-in")
                        .with(csrf())
                        .param("organisationId", council.code())
                        .param("email", "jo.bloggs@example.org")
                        .param("password", password))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
        assertThat(organisations.auditDetails(council.id(), "user.invited"))
                .containsExactly("SUCCESS:roles: [PRACTITIONER]");
        assertThat(organisations.auditDetails(council.id(), "user.password-set"))
                .containsExactly("SUCCESS");
    }

    @Test
    void usersUnderSixteenAreRefused() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        String fifteenYearsAgo = String.valueOf(java.time.LocalDate.now().getYear() - 15);

        assertThat(addUser(admin, "young@example.org", fifteenYearsAgo, "PRACTITIONER"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Users must be aged 16 or over");
    }

    @Test
    void withoutADateOfBirthTheAdministratorMustConfirmTheAge() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);

        assertThat(addUser(admin, "unknown.age@example.org", "", "PRACTITIONER"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter a date of birth or confirm the user is aged 16 or over");
    }

    @Test
    void emailsAreUniqueWithinAnOrganisationButNotAcrossThem() {
        TestOrganisation council = organisations.organisation();
        TestOrganisation school = organisations.organisation();
        TestUser councilAdmin = organisations.administrator(council);
        TestUser schoolAdmin = organisations.administrator(school);

        assertThat(addUser(councilAdmin, "shared@example.org", "1980", "PRACTITIONER"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(addUser(councilAdmin, "SHARED@example.org", "1980", "PRACTITIONER"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("A user with this email address already exists");
        assertThat(addUser(schoolAdmin, "shared@example.org", "1980", "PRACTITIONER"))
                .hasStatus(HttpStatus.FOUND);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);

        assertThat(mvc.get().uri("/admin/users").with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(addUser(dpo, "x@example.org", "1980", "ORGANISATION_ADMINISTRATOR"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/users").with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType("application/problem+json");
    }

    @Test
    void anotherOrganisationsUsersAreNotFoundOnEveryPageAndEndpoint() {
        TestOrganisation council = organisations.organisation();
        TestOrganisation other = organisations.organisation();
        TestUser victim = organisations.user(council, Role.PRACTITIONER);
        TestUser intruder = organisations.administrator(other);
        var as = authentication(intruder.authentication());
        String user = "/admin/users/" + victim.id();
        String api = "/api/v1/users/" + victim.id();

        assertThat(mvc.get().uri(user).with(as)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(user + "/edit").with(as)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri(user + "/edit").with(as).with(csrf()).param("firstName", "Hacked"))
                .hasStatus(HttpStatus.NOT_FOUND);
        for (String action : new String[] {"disable", "enable", "resend"}) {
            assertThat(mvc.post().uri(user + "/" + action).with(as).with(csrf()))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri(api).with(as))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType("application/problem+json");
        assertThat(mvc.put()
                        .uri(api)
                        .with(as)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("hacked@example.org")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri(api + "/disable").with(as).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/users").with(as)).bodyText().doesNotContain(victim.email());
        assertThat(signIn(council, victim)).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theApiInvitesAndValidatesWithProblemDetails() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);

        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .with(authentication(admin.authentication()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("api.user@example.org")))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("INVITED");
        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .with(authentication(admin.authentication()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"\",\"roles\":[]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType("application/problem+json")
                .bodyJson()
                .extractingPath("$.errors.lastName")
                .isEqualTo("Enter a last name");
    }

    @Test
    void disablingAUserEndsTheirSessionsAndIsAudited() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        var session = signIn(council, user).getResponse().getCookie("CUSTODIA_SESSION");
        assertThat(mvc.get().uri("/api/v1/me").cookie(session)).hasStatusOk();

        assertThat(mvc.post()
                        .uri("/admin/users/" + user.id() + "/disable")
                        .with(csrf())
                        .with(authentication(admin.authentication())))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/api/v1/me").cookie(session)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(organisations.auditDetails(council.id(), "user.disabled")).containsExactly("SUCCESS");
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);

        mvc.post()
                .uri("/admin/users/" + admin.id() + "/disable")
                .with(csrf())
                .with(authentication(admin.authentication()))
                .exchange();

        assertThat(signIn(council, admin)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
    }

    private MvcTestResult signIn(TestOrganisation council, TestUser user) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", council.code())
                .param("email", user.email())
                .param("password", TestOrganisations.PASSWORD)
                .exchange();
    }

    private static String userJson(String email) {
        return """
                {"firstName":"Api","lastName":"User","email":"%s","jobRole":"Teacher",
                 "attestedSixteenOrOver":true,"roles":["PRACTITIONER"]}""".formatted(email);
    }
}
