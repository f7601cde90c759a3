package org.custodia.casework;

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

@CustodiaTest
class CaseTeamPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void aTeamMemberAddsAColleagueAndAPersonInvolved() {
        CaseworkApi api = new CaseworkApi(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        String child = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        String mother = api.child(practitioner, "Kerry", "Smith", "1988-07-02");
        String lac = api.openCase(practitioner, "LOOKED_AFTER_CHILD", child);

        assertThat(api.get(practitioner, "/cases/" + lac + "/people"))
                .hasStatusOk()
                .bodyText()
                .contains("Add a practitioner to the team", "Kerry Smith");
        assertThat(mvc.post()
                        .uri("/cases/" + lac + "/team")
                        .with(csrf())
                        .with(authentication(practitioner.authentication()))
                        .param("user", colleague.id().toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/cases/" + lac + "/participants")
                        .with(csrf())
                        .with(authentication(practitioner.authentication()))
                        .param("person", mother)
                        .param("role", "Mother"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(api.get(colleague, "/api/v1/cases/" + lac))
                .hasStatusOk()
                .bodyText()
                .contains("Mother");
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(api.get(outsider, "/cases/" + lac + "/people")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/cases/" + lac + "/team")
                        .with(csrf())
                        .with(authentication(outsider.authentication()))
                        .param("user", outsider.id().toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
