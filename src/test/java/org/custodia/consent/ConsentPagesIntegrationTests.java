package org.custodia.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The pages: the DPO keeps purposes; a practitioner gives and withdraws consent with the same few answers. */
@CustodiaTest
class ConsentPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void theDpoAddsAPurposeAndRewordsItKeepingEveryVersion() {
        ConsentSteps steps = new ConsentSteps(mvc);
        TestUser dpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);

        assertThat(steps.form(dpo, "/consent-purposes/new", "name", "", "wording", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter the name of the purpose", "href=\"#wording\"");
        assertThat(steps.form(dpo, "/consent-purposes/new", "name", "Newsletter", "wording", "First words"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/consent-purposes");
        String id = ConsentSteps.<String>value(steps.get(dpo, "/api/v1/consent-purposes"), "$[0].id");
        assertThat(steps.form(dpo, "/consent-purposes/" + id, "name", "Newsletter", "wording", "Second words"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(steps.get(dpo, "/consent-purposes/" + id))
                .bodyText()
                .contains("Version 2", "Second words", "Version 1", "First words");
        assertThat(steps.get(dpo, "/consent-purposes")).bodyText().contains("Newsletter", "Version 2");
    }

    @Test
    void aPractitionerRecordsAParentsConsentForAChildAndWithdrawsItFromTheSamePage() {
        ConsentSteps steps = new ConsentSteps(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        String child = steps.person(practitioner, "Ruby", "Lane", "2017-08-08");
        String purpose = steps.purpose(dpo, "Health visitor contact", "I agree to the health visitor contacting me.");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String give = "/people/" + child + "/consents/" + purpose + "/give";

        assertThat(steps.get(practitioner, "/people/" + child)).bodyText().contains("/people/" + child + "/consents");
        assertThat(steps.get(practitioner, give))
                .hasStatus(HttpStatus.OK)
                .bodyText()
                .contains("I agree to the health visitor contacting me.", "Version 1");
        assertThat(steps.form(practitioner, give, "onBehalf", "true", "wordingVersion", "1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "Enter the name of the person who acted on their behalf",
                        "Select how consent was given",
                        "Enter the date consent was given",
                        "href=\"#byName\"");
        assertThat(steps.form(
                        practitioner,
                        give,
                        "onBehalf",
                        "true",
                        "byName",
                        "Sam Lane",
                        "byRelationship",
                        "father",
                        "method",
                        "ONLINE_FORM",
                        "wordingVersion",
                        "1",
                        "dateDay",
                        String.valueOf(today.getDayOfMonth()),
                        "dateMonth",
                        String.valueOf(today.getMonthValue()),
                        "dateYear",
                        String.valueOf(today.getYear())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/people/" + child + "/consents");
        assertThat(steps.get(practitioner, "/people/" + child + "/consents"))
                .bodyText()
                .contains("Given", "Sam Lane (father) on their behalf", "Online form", "Withdraw consent");

        assertThat(steps.form(
                        practitioner,
                        "/people/" + child + "/consents/" + purpose + "/withdraw",
                        "onBehalf",
                        "false",
                        "method",
                        "VERBALLY",
                        "dateDay",
                        String.valueOf(today.getDayOfMonth()),
                        "dateMonth",
                        String.valueOf(today.getMonthValue()),
                        "dateYear",
                        String.valueOf(today.getYear())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(steps.get(dpo, "/people/" + child + "/consents"))
                .bodyText()
                .contains("Withdrawn", "Consent withdrawn", "Consent given", "Verbally", "Record consent");
    }
}
