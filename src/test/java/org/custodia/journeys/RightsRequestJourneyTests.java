package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.Relationships;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.Disclosures;
import org.custodia.governance.NewDisclosure;
import org.custodia.governance.NewRecipient;
import org.custodia.governance.RecipientKind;
import org.custodia.governance.Recipients;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6's "done when", as a member of the public and a DPO would do it: a parent asks, on the
 * organisation's public form, for a copy of their son's records; the DPO asks for proof of identity
 * (the clock stops), resumes the clock, records the check, matches the child, withholds a third party's
 * details with the exemption relied on, and issues the response; the parent downloads both files with
 * the code sent separately.
 */
@JourneyTest
class RightsRequestJourneyTests {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final String PARENT = "kerry.walsh@example.org";

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Autowired
    Relationships relationships;

    @Autowired
    Recipients recipients;

    @Autowired
    PersonDirectory directory;

    @Autowired
    Disclosures disclosures;

    private static final String POLICE = "disclosures@police.example";

    TestOrganisation council;
    TestUser dpo;
    LocalDate today;
    PersonId mother;

    @BeforeEach
    void aChildInCare() {
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        today = CaseworkSteps.today();
        UUID police = CaseworkSteps.as(
                dpo,
                () -> recipients
                        .add(new NewRecipient(
                                "County Police", RecipientKind.POLICE, POLICE, null, null, List.of(), null))
                        .value());
        CaseworkSteps.as(practitioner, () -> {
            PersonId child = people.register(CaseworkSteps.child("Tyler", "Walsh", LocalDate.of(2015, 4, 9)));
            mother = people.register(CaseworkSteps.child("Kerry", "Walsh", LocalDate.of(1988, 1, 20)));
            CaseId care = cases.open(CaseType.LOOKED_AFTER_CHILD, child, null);
            cases.addNote(care, "Tyler settled well. His uncle Dean Marsh phoned the placement twice.");
            relationships.record(mother, RelationshipKind.PARENT, child);
            disclosures.record(new NewDisclosure(
                    List.of(mother.value()),
                    police,
                    today.minusDays(30),
                    "Contact details",
                    "Secure email",
                    DisclosureBasis.STATUTORY,
                    "Court order 2026/31",
                    null,
                    null,
                    null,
                    null));
        });
    }

    @Test
    void aParentAsksForTheirSonsRecordsAndDownloadsTheResponse(Page page) throws Exception {
        String reference = makeTheRequest(page);

        CaseworkSteps.signIn(page, dpo);
        page.navigate("/data-protection");
        click(page, AriaRole.LINK, "Rights requests");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.LINK, reference);
        assertThat(page.locator("main")).containsText("Kerry Walsh");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        click(page, AriaRole.LINK, "Pause the clock");
        page.getByLabel("Waiting for proof of identity", EXACT).check();
        fillDate(page, "Date we asked", today);
        page.getByLabel("What we ask the requester for (optional)", EXACT)
                .fill("A copy of your passport or driving licence, and a letter showing your address");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Pause the clock");
        assertThat(successBanner(page)).containsText("Clock paused");
        assertThat(mailbox.find(PARENT, Pattern.compile("(passport or driving licence)")))
                .isEqualTo("passport or driving licence");

        click(page, AriaRole.LINK, "Resume the clock");
        fillDate(page, "Date what we waited for arrived", today);
        click(page, AriaRole.BUTTON, "Resume the clock");
        assertThat(successBanner(page)).containsText("Clock resumed");

        click(page, AriaRole.LINK, "Record the identity check");
        page.getByLabel("Identity verified", EXACT).check();
        page.getByLabel("Documents seen, or why proof of identity is not needed", EXACT)
                .fill("Driving licence and council tax bill, by email");
        fillDate(page, "Date of the check", today);
        click(page, AriaRole.BUTTON, "Record the check");
        assertThat(successBanner(page)).containsText("Identity check recorded");

        click(page, AriaRole.LINK, "Match to people in our records");
        page.getByLabel("Name, NHS number or unique pupil number", EXACT).fill("Tyler Walsh");
        click(page, AriaRole.BUTTON, "Search");
        page.getByText(Pattern.compile("^Tyler Walsh")).check();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Confirm the match");
        assertThat(successBanner(page)).containsText("Match confirmed");

        click(page, AriaRole.LINK, "Prepare the response");
        assertThat(heading(page)).hasText("Prepare the response");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Issue the response");
        assertThat(errorSummary(page)).containsText("not yet decided");

        // The relationship names the mother: flagged, and disclosed to her as it is her own name.
        Locator flagged = page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText("Review: mentions other people"));
        while (flagged.filter(new Locator.FilterOptions().setHasNotText("Reviewed: disclose"))
                        .count()
                > 0) {
            flagged.filter(new Locator.FilterOptions().setHasNotText("Reviewed: disclose"))
                    .first()
                    .getByRole(AriaRole.LINK)
                    .first()
                    .click();
            page.getByLabel("Why it can be disclosed (kept by us)", EXACT)
                    .fill("The requester's own details, or already known to her");
            click(page, AriaRole.BUTTON, "Reviewed: disclose");
        }
        Locator note = page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText("Dean Marsh"))
                .first();
        note.getByRole(AriaRole.LINK).first().click();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Passage to withhold (optional)", EXACT)
                .fill("His uncle Dean Marsh phoned the placement twice.");
        page.locator("select#field").selectOption("Note");
        page.getByLabel("Information about other people", EXACT).check();
        page.getByLabel("Note of your reasoning (kept by us, not sent)", EXACT)
                .fill("The uncle has not consented and expects confidence");
        click(page, AriaRole.BUTTON, "Withhold");
        assertThat(errorSummary(page)).hasCount(0);
        assertThat(page.locator("#decisions")).containsText("Information about other people");
        click(page, AriaRole.BUTTON, "Issue the response");
        assertThat(successBanner(page)).isVisible();
        assertThat(page.locator("#response")).containsText("secure download link");

        String link = mailbox.find(PARENT, Pattern.compile("(https?://\\S+/downloads/[A-Za-z0-9_-]+)"));
        String code = mailbox.find(PARENT, Pattern.compile("Your code is (\\S+)"));
        BrowserContext parentsBrowser = CaseworkSteps.anotherBrowser(page);
        Page parent = parentsBrowser.newPage();
        parent.navigate(URI.create(link).getPath());
        assertThat(parent.locator("main")).not().containsText("Tyler");
        parent.getByLabel("Code", EXACT).fill(code);
        click(parent, AriaRole.BUTTON, "Continue");
        assertThat(parent.locator("main")).containsText(".pdf");
        Locator files = parent.locator("main a[download]");
        assertThat(files).hasCount(2);
        assertThat(Axe.seriousViolations(parent)).isEmpty();
        byte[] pdf = download(parent, files.filter(new Locator.FilterOptions().setHasText(".pdf")));
        byte[] zip = download(parent, files.filter(new Locator.FilterOptions().setHasText(".zip")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String data = entry(zip, "data.json");
        assertThat(data).contains("Tyler settled well").doesNotContain("Dean Marsh");
        assertThat(entry(zip, "manifest.json")).contains("sha256");
        parentsBrowser.close();

        page.navigate("/data-protection/rights-requests?show=all");
        assertThat(page.locator("main")).containsText(reference);
        assertThat(organisations.auditDetails(council.id(), "download.file-downloaded"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * The mother asks for her own and her son's records to be erased: she goes (and the police, who
     * received her details, are told); her son's looked-after child record is kept, and the reasons
     * reach her in the outcome letter.
     */
    @Test
    void aMotherAsksForErasureAndIsToldWhatIsKeptAndWhy(Page page) {
        String reference = makeTheRequest(page, "Erasure: delete my information");

        CaseworkSteps.signIn(page, dpo);
        page.navigate("/data-protection/rights-requests");
        click(page, AriaRole.LINK, reference);
        click(page, AriaRole.LINK, "Record the identity check");
        page.getByLabel("Proof of identity not needed", EXACT).check();
        page.getByLabel("Documents seen, or why proof of identity is not needed", EXACT)
                .fill("Known to the service: she gave the email address we hold");
        fillDate(page, "Date of the check", today);
        click(page, AriaRole.BUTTON, "Record the check");
        click(page, AriaRole.LINK, "Match to people in our records");
        page.getByLabel("Name, NHS number or unique pupil number", EXACT).fill("Walsh");
        click(page, AriaRole.BUTTON, "Search");
        page.getByText(Pattern.compile("^Tyler Walsh")).check();
        page.getByText(Pattern.compile("^Kerry Walsh")).check();
        click(page, AriaRole.BUTTON, "Confirm the match");

        click(page, AriaRole.LINK, "Decide the erasure");
        assertThat(heading(page)).hasText("Decide the erasure");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Decide and erase");
        assertThat(errorSummary(page)).isVisible();
        page.getByLabel("The data is no longer necessary for the purpose it was collected for", EXACT)
                .check();
        Locator doesNotApply = page.getByLabel("Does not apply", EXACT);
        for (int i = 0; i < doesNotApply.count(); i++) {
            doesNotApply.nth(i).check();
        }
        click(page, AriaRole.BUTTON, "Decide and erase");
        assertThat(errorSummary(page)).hasCount(0);

        Locator outcome = page.locator("main");
        assertThat(outcome.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kerry Walsh")))
                .containsText("Erased");
        assertThat(outcome.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Tyler Walsh")))
                .containsText("Kept");
        assertThat(page.locator("#notifications")).isVisible();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        assertThat(mailbox.find(POLICE, Pattern.compile("(Kerry Walsh|erase|Erase)")))
                .isNotEmpty();
        String letter = mailbox.find(PARENT, Pattern.compile("(?s)(kept.*)"));
        assertThat(letter).containsIgnoringCase("Tyler Walsh");
        CaseworkSteps.as(dpo, () -> {
            assertThat(directory.searchOrganisation("Walsh", null))
                    .extracting(PersonSummary::name)
                    .containsExactly("Tyler Walsh");
        });
    }

    private String makeTheRequest(Page page) {
        return makeTheRequest(page, "Subject access: a copy of my information");
    }

    private String makeTheRequest(Page page, String kind) {
        page.navigate("/organisations/" + council.code() + "/rights-requests/new");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Send the request");
        assertThat(errorSummary(page)).isVisible();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel(kind, EXACT).check();
        page.getByLabel("Full name", EXACT).fill("Kerry Walsh");
        page.getByLabel("Email address", EXACT).fill(PARENT);
        page.getByLabel("A parent with parental responsibility, for a child not competent to act", EXACT)
                .check();
        page.getByLabel("Their full name", EXACT).fill("Tyler Walsh");
        fillDate(page, "Their date of birth (optional)", LocalDate.of(2015, 4, 9));
        page.getByLabel("What are you asking for?", EXACT).fill("All the social care records about my son Tyler");
        page.getByLabel("By email, with a secure download link", EXACT).check();
        click(page, AriaRole.BUTTON, "Send the request");
        String reference = page.locator("#reference").innerText();
        assertThat(page.locator("#due"))
                .containsText(String.valueOf(today.plusMonths(1).getYear()));
        assertThat(mailbox.find(PARENT, Pattern.compile("(We will respond by)")))
                .isNotEmpty();
        return reference;
    }

    private static byte[] download(Page page, Locator link) throws Exception {
        Download download = page.waitForDownload(link::click);
        return Files.readAllBytes(download.path());
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(readAll(in), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the package");
    }

    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
