package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO's first day: adopt the ready-made activities, sign a DPIA, make an activity live, download the register. */
@JourneyTest
class RecordOfProcessingJourneyTests {

    private static final String LAC = "Looked-after children: care planning and case records";

    @Autowired
    TestOrganisations organisations;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void theDpoAdoptsSignsADpiaMakesAnActivityLiveAndDownloadsTheRegister(Page page) throws IOException {
        TestOrganisation council = organisations.organisationWithoutRecordOfProcessing();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        Journeys.signIn(page, council.code(), dpo.email(), TestOrganisations.PASSWORD);
        assertThat(heading(page)).containsText("Welcome, ");

        page.navigate("/data-protection");
        assertThat(page.getByText("No processing activities recorded")).isVisible();
        page.navigate("/data-protection/activities");
        assertThat(heading(page)).hasText("Record of processing");
        check(page, "record of processing, nothing adopted");
        for (String name : List.of(LAC, "Child death review", "Pupil records")) {
            click(page, AriaRole.BUTTON, "Adopt " + name);
            assertThat(successBanner(page)).containsText("Adopted \u201c" + name + "\u201d as a draft");
        }
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Pupil records");
        check(page, "record of processing, adopted");
        Browser.screenshot(page, "record-of-processing");

        page.navigate("/data-protection/dpias");
        check(page, "DPIAs");
        click(page, AriaRole.LINK, "Start a DPIA");
        page.getByLabel("Title").fill("Looked-after children's case records");
        page.getByLabel("Targeting children or other vulnerable people").check();
        page.getByLabel("Special category or criminal offence data on a large scale")
                .check();
        page.getByLabel("Describe the processing").fill("Case records of the children the council looks after");
        page.getByLabel("Necessity and proportionality").fill("Required by the Children Act 1989; need-to-know access");
        check(page, "start a DPIA");
        click(page, AriaRole.BUTTON, "Save the DPIA");
        assertThat(successBanner(page)).containsText("DPIA saved as a draft");

        click(page, AriaRole.LINK, "Add a risk");
        click(page, AriaRole.BUTTON, "Add the risk");
        assertThat(errorSummary(page)).containsText("Describe the risk to individuals");
        check(page, "add a risk, with errors");
        page.getByLabel("The risk to individuals").fill("A child's record read by someone with no need to know");
        page.getByLabel("Reasonable possibility").check();
        page.getByLabel("Serious harm").check();
        page.getByLabel("Measure to reduce or eliminate the risk").fill("Case teams, break-glass review, audit");
        page.getByLabel("Reduced").check();
        page.getByLabel("Low", new Page.GetByLabelOptions().setExact(true)).check();
        click(page, AriaRole.BUTTON, "Add the risk");
        assertThat(successBanner(page)).containsText("Risk added");
        check(page, "DPIA");

        click(page, AriaRole.LINK, "Sign off the DPIA");
        click(page, AriaRole.BUTTON, "Sign off");
        assertThat(errorSummary(page)).containsText("Enter the date the DPIA is to be reviewed");
        check(page, "sign off a DPIA, with errors");
        Browser.screenshot(page, "dpia-sign-off-errors");
        page.getByLabel("Your advice as data protection officer").fill("Proceed with the measures recorded");
        fillDate(page, "Review date", LocalDate.now().plusYears(1));
        click(page, AriaRole.BUTTON, "Sign off");
        assertThat(successBanner(page)).containsText("DPIA signed off");
        assertThat(page.locator("main")).containsText("Signed off by");

        page.navigate("/data-protection/activities");
        click(page, AriaRole.LINK, LAC);
        click(page, AriaRole.BUTTON, "Make it live");
        assertThat(errorSummary(page)).containsText("link a DPIA");
        check(page, "processing activity, refused going live");
        click(page, AriaRole.LINK, "Edit the activity");
        page.getByLabel("DPIA", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Looked-after children's case records (Signed off)"));
        check(page, "edit a processing activity");
        click(page, AriaRole.BUTTON, "Save the processing activity");
        assertThat(successBanner(page)).containsText("Processing activity saved");
        click(page, AriaRole.BUTTON, "Make it live");
        assertThat(successBanner(page)).containsText("The activity is live");
        check(page, "processing activity, live");
        Browser.screenshot(page, "processing-activity-live");

        page.navigate("/data-protection/activities");
        Download csv = page.waitForDownload(() -> click(page, AriaRole.LINK, "Download the register (CSV)"));
        assertThat(Files.readString(csv.path())).contains(LAC, "Live", "Children Act 1989");
        Download pdf = page.waitForDownload(() -> click(page, AriaRole.LINK, "Download the register (PDF)"));
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
