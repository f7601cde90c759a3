package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class AccessReportIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void anAdministratorsReportReachesWhoeverCreatedTheirAccountAndTheDposOnScreenAndByEmail() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser creator = organisations.administrator(council);
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        mvc.post()
                .uri("/admin/users/new")
                .with(csrf())
                .with(authentication(creator.authentication()))
                .param("firstName", "Accidental")
                .param("lastName", "Admin")
                .param("email", "accidental@example.org")
                .param("jobRole", "Teaching assistant")
                .param("attestedSixteenOrOver", "true")
                .param("roles", "ORGANISATION_ADMINISTRATOR")
                .exchange();
        TestUser reporter = organisations.administrator(council);
        // The reporter above was made directly; report as the invited one, whose creator is recorded.
        var invitedAdmin = signedInAs(council, "accidental@example.org", reporter);
        mail.reset();

        assertThat(mvc.post()
                        .uri("/account/report-access")
                        .with(csrf())
                        .with(authentication(invitedAdmin))
                        .param("explanation", "I only take attendance"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mail.getReceivedMessagesForDomain(dpo.email())).hasSize(1);
        assertThat(mail.getReceivedMessagesForDomain(creator.email())).hasSize(1);
        assertThat(mail.getReceivedMessagesForDomain(practitioner.email())).isEmpty();
        assertThat(mvc.get().uri("/").with(authentication(dpo.authentication())))
                .bodyText()
                .contains("reported having administrator access they should not have");
        assertThat(mvc.get().uri("/").with(authentication(practitioner.authentication())))
                .bodyText()
                .doesNotContain("reported having administrator access");
        assertThat(organisations.auditDetails(council.id(), "access-report.filed"))
                .containsExactly("SUCCESS:roles: [ORGANISATION_ADMINISTRATOR]");
    }

    @Test
    void onlyAdministratorsCanReportAdministratorAccess() {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(mvc.post()
                        .uri("/account/report-access")
                        .with(csrf())
                        .with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    /** The invited administrator's authentication, found through the users API of the organisation. */
    private Authentication signedInAs(TestOrganisation council, String email, TestUser anyAdmin) throws Exception {
        String json = mvc.get()
                .uri("/api/v1/users")
                .with(authentication(anyAdmin.authentication()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var match = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"email\":\"" + email.replace(".", "\\."))
                .matcher(json);
        assertThat(match.find()).isTrue();
        var actor = new org.custodia.shared.Actor(
                org.custodia.shared.UserId.of(match.group(1)),
                council.id(),
                "Accidental Admin",
                Set.of(Role.ORGANISATION_ADMINISTRATOR));
        return UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority(Role.ORGANISATION_ADMINISTRATOR.authority())));
    }
}
