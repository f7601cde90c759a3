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

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data protection officer records a recipient and a sharing agreement, a routine disclosure and
 * an emergency one without consent, closes its "tell the person" task, and is refused a transfer to
 * a country without adequacy or safeguard.
 */
@JourneyTest
class SharingJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void theDpoRecordsSharingAndIsRefusedAnUnsafeTransfer(Page page) {
        TestOrganisation council = organisations.organisation();
        // A DPO who also works cases: disclosures are recorded against people one may see.
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER, Role.PRACTITIONER);
        PersonId jo = as(dpo, () -> people.register(child("Jo", "Rivers", LocalDate.of(2012, 2, 3))));
        as(dpo, () -> cases.open(CaseType.LOOKED_AFTER_CHILD, jo, null));
        CaseworkSteps.signIn(page, dpo);

        addRecipient(page, "Demoshire Academy", "School");
        addRecipient(page, "Demoshire Police", "Police");

        page.navigate("/data-protection/sharing-agreements/new");
        page.getByLabel("Information sharing protocol").check();
        page.getByLabel("Title").fill("Schools safeguarding protocol");
        page.getByLabel("Demoshire Academy").check();
        page.getByLabel("Purpose of the sharing").fill("Keeping looked-after children safe at school");
        page.getByLabel("Data shared").fill("Names, dates of birth, care status");
        page.getByLabel("Public task", new Page.GetByLabelOptions().setExact(true))
                .check();
        fillDate(page, "Start date", today().minusMonths(1));
        fillDate(page, "Review date", today().plusYears(1));
        check(page, "record a sharing agreement");
        click(page, AriaRole.BUTTON, "Record agreement");
        assertThat(successBanner(page)).containsText("Sharing agreement recorded");
        assertThat(page.locator(".govuk-tag")).hasText("Draft – not signed");
        fillDate(page, "Date signed", today());
        page.getByLabel("Signed by").fill("Head of virtual school; academy headteacher");
        click(page, AriaRole.BUTTON, "Record signing");
        assertThat(page.locator(".govuk-tag")).hasText("In force");
        check(page, "sharing agreement");

        page.navigate("/people/" + jo + "/disclosures");
        assertThat(heading(page)).hasText("Disclosures");
        recordDisclosure(page, "Demoshire Academy", "Care status", "Secure email");
        page.getByLabel("Routine, under a sharing agreement").check();
        check(page, "record a disclosure");
        click(page, AriaRole.BUTTON, "Record disclosure");
        assertThat(successBanner(page)).containsText("Disclosure recorded");

        recordDisclosure(page, "Demoshire Police", "Current address", "Telephone");
        page.getByLabel("Without consent, because of a risk to someone").check();
        page.getByLabel("Why it was shared without consent").fill("Risk of serious harm from a visitor tonight");
        page.getByLabel("Who decided").selectOption(new SelectOption().setIndex(1));
        fillDate(page, "Date of the decision", today());
        click(page, AriaRole.BUTTON, "Record disclosure");
        assertThat(successBanner(page)).containsText("Disclosure recorded");
        assertThat(page.locator(".govuk-summary-card")).hasCount(2);
        Browser.screenshot(page, "person-disclosures");

        page.navigate("/data-protection/disclosures?open=true");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People still to be told (1)")))
                .isVisible();
        check(page, "disclosure register");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the task to tell the person"))
                .click();
        assertThat(heading(page)).hasText("Tell the person");
        click(page, AriaRole.BUTTON, "Close task");
        assertThat(errorSummary(page)).containsText("Enter either the date the person was told");
        page.getByLabel("The person has been told").check();
        fillDate(page, "Date the person was told", today());
        check(page, "close the task");
        click(page, AriaRole.BUTTON, "Close task");
        assertThat(successBanner(page)).containsText("Task closed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People still to be told (0)")))
                .isVisible();

        page.navigate("/data-protection/transfers/new");
        page.getByLabel("Recipient or processor")
                .selectOption(new SelectOption().setLabel("Demoshire Police (Police)"));
        page.getByLabel("Destination country or territory").selectOption("IN");
        page.getByLabel("Data transferred").fill("Case summaries");
        click(page, AriaRole.BUTTON, "Record transfer");
        assertThat(errorSummary(page)).containsText("There is a problem");
        assertThat(errorSummary(page).getByRole(AriaRole.LINK))
                .containsText("India has no UK adequacy regulations: the transfer is refused");
        check(page, "transfer refused");
        Browser.screenshot(page, "transfer-refused");
        assertThat(organisations.auditDetails(council.id(), "transfer.refused"))
                .containsExactly("DENIED:IN: no adequacy and no safeguard");

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    private void addRecipient(Page page, String name, String kind) {
        page.navigate("/data-protection/recipients/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel(kind, new Page.GetByLabelOptions().setExact(true)).check();
        check(page, "add a recipient");
        click(page, AriaRole.BUTTON, "Add recipient");
        assertThat(successBanner(page)).containsText("Recipient added");
        assertThat(heading(page)).hasText(name);
    }

    private static void recordDisclosure(Page page, String recipient, String what, String how) {
        page.getByLabel("Who received the data")
                .selectOption(new SelectOption()
                        .setLabel(recipient + " (" + (recipient.endsWith("Police") ? "Police" : "School") + ")"));
        fillDate(page, "Date shared", today());
        page.getByLabel("What was shared").fill(what);
        page.getByLabel("How it was shared").fill(how);
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
