package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.Set;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.ProcessingActivities;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A DPO adopts the ready-made privacy notice, edits a section and publishes it; a member of the public
 * reads it without signing in and follows it to the request form; a new lawful basis reaches the
 * notice only with a new version; a practitioner is shown what changed as they sign in.
 */
@JourneyTest
class PrivacyNoticeJourneyTests {

    private static final String ACTIVITY = "Attendance follow-up for children missing education";

    @Autowired
    TestOrganisations organisations;

    @Autowired
    ProcessingActivities activities;

    @Test
    void aPublishedNoticeShowsTheRegistersAndItsChangesReachUsersAtSignIn(Page dpoPage) {
        TestOrganisation council = organisations.organisationWithoutRecordOfProcessing();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String notice = "/organisations/" + council.code() + "/privacy-notice";

        CaseworkSteps.signIn(dpoPage, dpo);
        dpoPage.navigate("/data-protection/privacy-notice");
        assertThat(heading(dpoPage)).hasText("Privacy notice");
        assertThat(Axe.seriousViolations(dpoPage)).isEmpty();
        click(dpoPage, AriaRole.BUTTON, "Adopt the ready-made notice");
        assertThat(successBanner(dpoPage)).containsText("Ready-made notice adopted");
        assertThat(Axe.seriousViolations(dpoPage)).isEmpty();
        click(dpoPage, AriaRole.LINK, "Change Who we are and how to contact our data protection officer");
        assertThat(heading(dpoPage)).hasText("Who we are and how to contact our data protection officer");
        assertThat(Axe.seriousViolations(dpoPage)).isEmpty();
        dpoPage.getByLabel("English", new Page.GetByLabelOptions().setExact(true))
                .fill("Write to our data protection officer at privacy@northshire.example.\n\n"
                        + "- by post: Data Protection Officer, County Hall, Northshire");
        click(dpoPage, AriaRole.BUTTON, "Save section");
        assertThat(successBanner(dpoPage)).containsText("saved");
        click(dpoPage, AriaRole.BUTTON, "Publish a new version");
        assertThat(successBanner(dpoPage)).containsText("Version 1 published");

        BrowserContext publicBrowser = CaseworkSteps.anotherBrowser(dpoPage);
        Page reader = publicBrowser.newPage();
        reader.navigate(notice);
        assertThat(heading(reader)).hasText("Privacy notice");
        assertThat(reader.locator("main")).containsText("privacy@northshire.example");
        assertThat(reader.locator("#last-updated")).containsText("Version 1");
        assertThat(reader.locator("#lawful-bases")).hasCount(0);
        assertThat(Axe.seriousViolations(reader)).isEmpty();
        reader.navigate(notice + "?lang=cy");
        assertThat(heading(reader)).hasText("Hysbysiad preifatrwydd");
        assertThat(Axe.seriousViolations(reader)).isEmpty();
        reader.navigate(notice + "/versions");
        assertThat(Axe.seriousViolations(reader)).isEmpty();
        reader.navigate(notice + "/versions/1/changes");
        assertThat(Axe.seriousViolations(reader)).isEmpty();
        reader.navigate(notice);
        reader.locator("#make-a-request").click();
        assertThat(heading(reader)).hasText("Make a request about your information");

        BrowserContext practitionerBrowser = CaseworkSteps.anotherBrowser(dpoPage);
        Page colleague = practitionerBrowser.newPage();
        CaseworkSteps.signIn(colleague, practitioner);
        Journeys.signOut(colleague);

        ProcessingActivityId activity = CaseworkSteps.as(dpo, () -> activities.create(attendanceFollowUp()));
        dpoPage.navigate("/data-protection/activities/" + activity.value());
        click(dpoPage, AriaRole.BUTTON, "Make it live");
        reader.navigate(notice);
        assertThat(reader.locator("main")).not().containsText(ACTIVITY);

        dpoPage.navigate("/data-protection/privacy-notice");
        assertThat(dpoPage.locator("#registers-changed"))
                .containsText("The registers have changed since version 1 was published");
        assertThat(dpoPage.locator("#registers-changed")).containsText("The legal reasons we have to use it");
        assertThat(Axe.seriousViolations(dpoPage)).isEmpty();
        click(dpoPage, AriaRole.BUTTON, "Publish a new version");
        assertThat(successBanner(dpoPage)).containsText("Version 2 published");
        assertThat(dpoPage.locator("#registers-changed")).hasCount(0);

        reader.navigate(notice);
        assertThat(reader.locator("#lawful-bases")).containsText(ACTIVITY);
        assertThat(reader.locator("#lawful-bases")).containsText("Legal obligation (Art 6(1)(c))");
        assertThat(reader.locator("#last-updated")).containsText("Version 2");
        assertThat(Axe.seriousViolations(reader)).isEmpty();

        Journeys.signIn(colleague, practitioner.organisationCode(), practitioner.email(), TestOrganisations.PASSWORD);
        assertThat(heading(colleague)).hasText("A privacy notice you work under has changed");
        assertThat(colleague.locator("main")).containsText(ACTIVITY + ": Legal obligation (Art 6(1)(c))");
        assertThat(Axe.seriousViolations(colleague)).isEmpty();
        click(colleague, AriaRole.BUTTON, "I have read the changes");
        assertThat(heading(colleague)).containsText("Welcome, ");
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.acknowledged"))
                .singleElement()
                .asString()
                .contains("ORGANISATION: version 2");
        publicBrowser.close();
        practitionerBrowser.close();
    }

    @Test
    void theCookieBannerAsksOnceWithEqualChoicesAndThePublicPagesAreAccessible(Page page) {
        page.navigate("/accessibility-statement");
        assertThat(heading(page)).hasText("Accessibility statement for Custodia");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Cookies on Custodia")))
                .isVisible();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Reject optional cookies");
        assertThat(page.locator("#cookie-confirmation")).containsText("You’ve rejected optional cookies");
        assertThat(heading(page)).hasText("Accessibility statement for Custodia");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.LINK, "Hide cookie message");
        assertThat(page.locator("#cookie-confirmation")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept optional cookies")))
                .hasCount(0);
        assertThat(page.context().cookies()).extracting(c -> c.name).containsExactly("custodia_cookie_choice");

        page.navigate("/cookies");
        assertThat(page.locator("#current-choice")).containsText("Optional cookies rejected");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        click(page, AriaRole.BUTTON, "Save cookie settings");
        assertThat(successBanner(page)).containsText("You’ve set your cookie preferences");
        assertThat(page.locator("#current-choice")).containsText("Optional cookies accepted");
        page.navigate("/cookies?lang=cy");
        assertThat(heading(page)).hasText("Cwcis");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        for (String path : new String[] {"/contact", "/privacy", "/sign-in"}) {
            page.navigate(path);
            assertThat(page.locator("#footer-links")).containsText("Accessibility statement");
            assertThat(Axe.seriousViolations(page)).as(path).isEmpty();
        }
    }

    private static ActivityDetails attendanceFollowUp() {
        return new ActivityDetails(
                ACTIVITY,
                "Following up children who are missing education",
                "Finding and supporting children of compulsory school age who are not receiving education",
                "Children; their parents",
                "Identity and contact details, school attendance",
                LawfulBasis.LEGAL_OBLIGATION,
                "Education Act 1996 s436A",
                EnumSet.of(Art9Condition.SAFEGUARDING),
                null,
                "Schools",
                "6 years after the child leaves compulsory education",
                "None",
                false,
                null,
                false,
                null,
                Set.of());
    }
}
