package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What identity puts on the audit trail beyond the actions themselves: refusals, sign-outs, names. */
@CustodiaTest
class AuditOfIdentityIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void aRefusalOfASignedInPersonIsAuditedAsDenied() {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);

        assertThat(mvc.get().uri("/api/v1/users").with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/users").with(authentication(practitioner.authentication())))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(organisations.auditDetails(council.id(), "authorisation.denied"))
                .containsExactly("DENIED:UserAdministration.all", "DENIED:UserAdminController.organisationRoles");
    }

    @Test
    void signingOutIsAudited() {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);

        assertThat(mvc.post().uri("/sign-out").with(csrf()).with(authentication(user.authentication())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/sign-in?signedOut");

        assertThat(organisations.auditDetails(council.id(), "sign-out")).containsExactly("SUCCESS");
    }

    @Test
    void theAuditPageNamesTheOrganisationsOwnActors() {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        mvc.get()
                .uri("/admin/users")
                .with(authentication(admin.authentication()))
                .exchange();

        assertThat(mvc.get().uri("/audit").with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("(" + admin.email() + ")");
    }
}
