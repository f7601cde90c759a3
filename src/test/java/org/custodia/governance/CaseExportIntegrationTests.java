package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Exports and prints of a case are disclosures, and every page says who produced them, when, for whom, why. */
@CustodiaTest
class CaseExportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    SharingApi api;
    TestOrganisation council;
    TestUser practitioner;
    TestUser dpo;
    String court;
    String child;
    String caseId;

    @BeforeEach
    void aCaseWithNotes() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        court = api.recipient(dpo, "Demoshire Family Court", "COURT");
        child = api.child(practitioner, "Alex");
        caseId = api.openCase(practitioner, child);
        for (int i = 0; i < 40; i++) {
            api.post(practitioner, "/api/v1/cases/" + caseId + "/notes", """
                    {"text":"Note %d: a long note so that the PDF runs to more than one page, as a real case does."}""".formatted(i));
        }
    }

    @Test
    void aPrintViewRecordsADisclosureAndCarriesWhoProducedItForWhomAndWhy() {
        MvcTestResult print = api.form(
                practitioner,
                "/cases/" + caseId + "/export",
                "recipient",
                court,
                "basis",
                "STATUTORY",
                "statutoryBasis",
                "Court order FD26C00123",
                "format",
                "PRINT");
        assertThat(print).hasStatusOk();
        assertThat(print)
                .bodyText()
                .contains("Produced by Test User on")
                .contains("for Demoshire Family Court")
                .contains("Basis: Required by law: Court order FD26C00123")
                // No sensitive-data grant: the notes are withheld in the export as on the case page.
                .contains("Recorded – withheld")
                .doesNotContain("a long note");
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/disclosures"))
                .bodyJson()
                .extractingPath("$[0].documentFormat")
                .isEqualTo("PRINT");
        assertThat(organisations.auditDetails(council.id(), "disclosure.recorded"))
                .containsExactly("SUCCESS:STATUTORY, case export PRINT");
    }

    @Test
    void aPdfCarriesTheProducerOnEveryPage() throws IOException {
        MvcTestResult pdf = api.form(
                practitioner,
                "/cases/" + caseId + "/export",
                "recipient",
                court,
                "basis",
                "STATUTORY",
                "statutoryBasis",
                "Court order FD26C00123",
                "format",
                "PDF");
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(document).replaceAll("\\s+", " "))
                        .as("page %d", page)
                        .contains("Produced by Test User on")
                        .contains("for Demoshire Family Court");
            }
        }
    }

    @Test
    void anExportWithoutARecipientOrBasisIsRefusedAndNothingIsRecorded() {
        MvcTestResult bad = api.form(practitioner, "/cases/" + caseId + "/export", "format", "PRINT");
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(bad).bodyText().contains("There is a problem").contains("Select the recipient from the register");
        MvcTestResult routine = api.form(
                practitioner, "/cases/" + caseId + "/export", "recipient", court, "basis", "ROUTINE", "format", "PDF");
        assertThat(routine).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(routine).bodyText().contains("No sharing agreement with Demoshire Family Court");
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/disclosures"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void aColleagueOffTheTeamCannotExportTheCase() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        assertThat(api.form(
                        colleague,
                        "/cases/" + caseId + "/export",
                        "recipient",
                        court,
                        "basis",
                        "STATUTORY",
                        "statutoryBasis",
                        "Court order",
                        "format",
                        "PRINT"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
