package org.custodia.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** Another organisation finds none of the consent pages or endpoints; the wrong role is forbidden. */
@CustodiaTest
class ConsentAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    ConsentSteps api;
    TestUser practitioner;
    TestUser dpo;
    String child;
    String purpose;
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

    @BeforeEach
    void aChildWithConsent() {
        api = new ConsentSteps(mvc);
        TestOrganisation council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        child = api.person(practitioner, "Leo", "Marsh", "2014-03-03");
        purpose = api.purpose(dpo, "School trips", "I agree to share medical details with trip leaders.");
        api.giveByThePerson(practitioner, child, purpose, today);
    }

    @Test
    void anotherOrganisationsPractitionerAndDpoFindNothingAndChangeNothing() {
        TestOrganisation elsewhere = organisations.organisation();
        for (TestUser outsider : new TestUser[] {
            organisations.user(elsewhere, Role.PRACTITIONER),
            organisations.user(elsewhere, Role.DATA_PROTECTION_OFFICER)
        }) {
            for (String page : new String[] {
                "/people/" + child + "/consents",
                "/people/" + child + "/consents/" + purpose + "/give",
                "/people/" + child + "/consents/" + purpose + "/withdraw",
                "/api/v1/people/" + child + "/consents"
            }) {
                assertThat(api.get(outsider, page)).as("GET " + page).hasStatus(HttpStatus.NOT_FOUND);
            }
            assertThat(api.form(
                            outsider,
                            "/people/" + child + "/consents/" + purpose + "/withdraw",
                            "onBehalf",
                            "false",
                            "method",
                            "VERBALLY",
                            "dateDay",
                            "1",
                            "dateMonth",
                            "1",
                            "dateYear",
                            "2026"))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.form(
                            outsider,
                            "/people/" + child + "/consents/" + purpose + "/give",
                            "onBehalf",
                            "false",
                            "method",
                            "VERBALLY",
                            "dateDay",
                            "1",
                            "dateMonth",
                            "1",
                            "dateYear",
                            "2026"))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.withdraw(outsider, child, purpose, today)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.giveByThePerson(outsider, child, purpose, today)).hasStatus(HttpStatus.NOT_FOUND);
        }
        TestUser otherDpo = organisations.user(elsewhere, Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(otherDpo, "/consent-purposes/" + purpose)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(otherDpo, "/api/v1/consent-purposes/" + purpose)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(otherDpo, "/api/v1/consent-purposes/" + purpose, """
                        {"name":"Taken over","wording":"Other words"}"""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.form(otherDpo, "/consent-purposes/" + purpose, "name", "Taken over", "wording", "Other"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(otherDpo, "/api/v1/consent-purposes")).bodyText().doesNotContain(purpose);
        assertThat(api.get(otherDpo, "/consent-purposes")).bodyText().doesNotContain("School trips");

        assertThat(api.get(dpo, "/api/v1/consent-purposes/" + purpose))
                .bodyJson()
                .extractingPath("$.purpose.name")
                .isEqualTo("School trips");
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/consents"))
                .bodyJson()
                .extractingPath("$.consents[0].current")
                .isEqualTo(true);
    }

    @Test
    void theWrongRolesAreForbidden() {
        TestOrganisation council = organisations.organisation();
        TestUser administrator = organisations.user(council, Role.ORGANISATION_ADMINISTRATOR);
        for (String page : new String[] {
            "/people/" + child + "/consents",
            "/people/" + child + "/consents/" + purpose + "/give",
            "/api/v1/people/" + child + "/consents",
            "/consent-purposes",
            "/consent-purposes/new",
            "/api/v1/consent-purposes",
            "/operator/product-news"
        }) {
            assertThat(api.get(administrator, page)).as("GET " + page).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(api.giveByThePerson(administrator, child, purpose, today)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.withdraw(administrator, child, purpose, today)).hasStatus(HttpStatus.FORBIDDEN);

        for (String page :
                new String[] {"/consent-purposes", "/consent-purposes/new", "/consent-purposes/" + purpose}) {
            assertThat(api.get(practitioner, page)).as("GET " + page).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(api.get(practitioner, "/api/v1/consent-purposes/" + purpose)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(practitioner, "/api/v1/consent-purposes", """
                        {"name":"Mine","wording":"Words"}""")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.put(practitioner, "/api/v1/consent-purposes/" + purpose, """
                        {"name":"Mine","wording":"Words"}"""))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.form(practitioner, "/consent-purposes/new", "name", "Mine", "wording", "Words"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.form(practitioner, "/operator/product-news", "subject", "Hi", "message", "News"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
