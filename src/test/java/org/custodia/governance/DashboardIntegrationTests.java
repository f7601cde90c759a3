package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class DashboardIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void theDataProtectionOfficerHasADashboardOthersDoNot() {
        TestOrganisation council = organisations.organisation();
        var dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.get().uri("/data-protection").with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("Data protection");
        for (Role role : new Role[] {Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR}) {
            var other = organisations.user(council, role);
            assertThat(mvc.get().uri("/data-protection").with(authentication(other.authentication())))
                    .as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }
}
