package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.as;
import static org.custodia.journeys.CaseworkSteps.child;
import static org.custodia.journeys.CaseworkSteps.today;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.Relationships;
import org.custodia.consent.ConsentPurposes;
import org.custodia.consent.PurposeDetails;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent given by a parent for a child and withdrawn as easily; a user's own marketing preferences. */
@JourneyTest
class ConsentJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    People people;

    @Autowired
    Relationships relationships;

    @Autowired
    ConsentPurposes purposes;

    @Test
    void aPractitionerRecordsAParentsConsentForAChildAndWithdrawsIt(Page page) {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        PersonId tia = as(practitioner, () -> people.register(child("Tia", "Marlowe", LocalDate.of(2015, 6, 2))));
        PersonId mother = as(practitioner, () -> people.register(child("Dana", "Marlowe", LocalDate.of(1988, 3, 9))));
        as(practitioner, () -> relationships.record(mother, RelationshipKind.PARENT, tia));
        as(
                dpo,
                () -> purposes.define(new PurposeDetails(
                        "Photographs in the newsletter",
                        "I agree that photographs of my child may appear in the school newsletter.",
                        null)));

        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/people/" + tia);
        click(page, AriaRole.LINK, "Consents");
        assertThat(heading(page)).hasText("Consents");
        Locator card = page.locator(".govuk-summary-card");
        assertThat(card).containsText("Not asked");
        noSeriousViolations(page, "consents, none given");

        card.getByRole(AriaRole.LINK).click();
        assertThat(heading(page)).hasText("Record consent to Photographs in the newsletter");
        assertThat(page.locator(".govuk-inset-text"))
                .containsText("I agree that photographs of my child may appear in the school newsletter.");
        click(page, AriaRole.BUTTON, "Record consent");
        assertThat(errorSummary(page)).containsText("Select who gave consent");
        noSeriousViolations(page, "record consent, with errors");

        page.getByLabel("Someone on their behalf, such as a parent or carer").check();
        page.getByLabel("Their full name").fill("Dana Marlowe");
        page.getByLabel("Their relationship to the person").fill("mother");
        page.getByLabel("Their record, if they have one (optional)").selectOption(mother.toString());
        page.getByLabel("In writing").check();
        fillDate(page, "Date consent was given", today());
        Browser.screenshot(page, "consent-give");
        click(page, AriaRole.BUTTON, "Record consent");

        assertThat(successBanner(page)).containsText("Consent recorded");
        assertThat(card).containsText("Given");
        assertThat(card.locator("tbody tr")).hasCount(1);
        assertThat(card.locator("tbody tr")).containsText("Dana Marlowe (mother) on their behalf");
        assertThat(card.locator("tbody tr")).containsText("In writing");
        assertThat(card.locator("tbody tr")).containsText("Version 1");
        noSeriousViolations(page, "consents, one given");
        Browser.screenshot(page, "consents-given");

        card.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Withdraw consent to Photographs in the newsletter"))
                .click();
        assertThat(heading(page)).hasText("Withdraw consent to Photographs in the newsletter");
        page.getByLabel("Someone on their behalf, such as a parent or carer").check();
        page.getByLabel("Their full name").fill("Dana Marlowe");
        page.getByLabel("Their relationship to the person").fill("mother");
        page.getByLabel("By email").check();
        fillDate(page, "Date consent was withdrawn", today());
        noSeriousViolations(page, "withdraw consent");
        click(page, AriaRole.BUTTON, "Withdraw consent");

        assertThat(successBanner(page)).containsText("Consent withdrawn");
        assertThat(card).containsText("Withdrawn");
        assertThat(card.locator("tbody tr")).hasCount(2);
        assertThat(card.locator("tbody tr").first()).containsText("Consent withdrawn");
        assertThat(card.locator("tbody tr").first()).containsText("By email");
        assertThat(card.getByRole(AriaRole.LINK)).hasText("Record consent to Photographs in the newsletter");
    }

    @Test
    void aUserTurnsOnEmailMarketingFromTheirAccountPageAndTurnsItOff(Page page) {
        TestUser user = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        CaseworkSteps.signIn(page, user);
        page.navigate("/account");
        click(page, AriaRole.LINK, "Change your marketing preferences");
        assertThat(heading(page)).hasText("Marketing preferences");
        for (String channel : new String[] {"Email", "Phone", "Text message", "Post"}) {
            assertThat(page.getByLabel(channel, new Page.GetByLabelOptions().setExact(true)))
                    .not()
                    .isChecked();
        }
        noSeriousViolations(page, "marketing preferences, all off");

        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
        click(page, AriaRole.BUTTON, "Save preferences");
        assertThat(successBanner(page)).containsText("Your marketing preferences have been saved");
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        Browser.screenshot(page, "marketing-email-on");

        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).uncheck();
        click(page, AriaRole.BUTTON, "Save preferences");
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)))
                .not()
                .isChecked();
        Locator history = page.getByRole(AriaRole.TABLE).locator("tbody tr");
        assertThat(history).hasCount(2);
        assertThat(history.first()).containsText("Off");
        assertThat(history.nth(1)).containsText("On");
        noSeriousViolations(page, "marketing preferences, with history");
    }

    private static void noSeriousViolations(Page page, String where) {
        assertThat(Axe.seriousViolations(page)).as(where).isEmpty();
    }
}
