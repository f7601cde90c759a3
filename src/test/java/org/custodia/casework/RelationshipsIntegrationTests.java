package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class RelationshipsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    CaseworkApi api;
    TestOrganisation council;
    TestUser practitioner;
    String jayden;
    String kerry;

    @BeforeEach
    void aChildAndTheirMother() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        jayden = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        kerry = api.child(practitioner, "Kerry", "Smith", "1988-07-02");
    }

    @Test
    void aRelationshipIsRecordedOnceAndShownFromBothSides() {
        assertThat(api.post(
                        practitioner,
                        "/api/v1/people/" + kerry + "/relationships",
                        "{\"kind\":\"PARENT\",\"relatedPersonId\":\"" + jayden + "\"}"))
                .hasStatusOk();

        assertThat(api.get(practitioner, "/api/v1/people/" + jayden + "/relationships"))
                .bodyJson()
                .extractingPath("$[0].kind")
                .isEqualTo("PARENT");
        assertThat(api.get(practitioner, "/people/" + jayden))
                .bodyText()
                .contains("Kerry Smith is the parent of Jayden Smith");
        assertThat(api.post(
                        practitioner,
                        "/api/v1/people/" + kerry + "/relationships",
                        "{\"kind\":\"PARENT\",\"relatedPersonId\":\"" + jayden + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already recorded");
        assertThat(organisations.auditDetails(council.id(), "person.relationship-recorded"))
                .hasSize(1);
    }

    @Test
    void peopleTheReaderCannotSeeCannotBeRelatedOrShown() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        String other = api.child(colleague, "Hidden", "Person", "2010-01-01");
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);

        assertThat(api.post(
                        practitioner,
                        "/api/v1/people/" + kerry + "/relationships",
                        "{\"kind\":\"RELATIVE\",\"relatedPersonId\":\"" + other + "\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(outsider, "/api/v1/people/" + kerry + "/relationships"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                        outsider,
                        "/api/v1/people/" + kerry + "/relationships",
                        "{\"kind\":\"RELATIVE\",\"relatedPersonId\":\"" + jayden + "\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                        practitioner,
                        "/api/v1/people/" + kerry + "/relationships",
                        "{\"relatedPersonId\":\"" + jayden + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.kind")
                .isEqualTo("Select how they are related");
    }
}
