package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class RegisterExportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    GovernanceApi api;
    TestOrganisation council;
    TestUser dpo;

    @BeforeEach
    void aCouncilWithTheReadyMadeActivities() {
        api = new GovernanceApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @Test
    void theCsvHasEveryActivityWithItsArticle30FieldsAndTheController() throws IOException {
        var download = api.get(dpo, "/data-protection/activities/register.csv");
        assertThat(download).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "record-of-processing-" + council.code().toLowerCase());

        List<CSVRecord> rows = parse(GovernanceApi.body(download));
        assertThat(rows).hasSize(3);
        CSVRecord lac = rows.stream()
                .filter(r -> r.get("Case types").equals("Looked-after child"))
                .findFirst()
                .orElseThrow();
        assertThat(lac.get("Controller")).isEqualTo("Test council " + council.code());
        assertThat(lac.get("Data protection officer")).contains(dpo.email());
        assertThat(lac.get("Lawful basis (Art 6)")).isEqualTo("Public task (Art 6(1)(e))");
        assertThat(lac.get("Law relied on")).contains("Children Act 1989", "Care Planning, Placement and Case Review");
        assertThat(lac.get("Special-category conditions (Art 9)")).contains("DPA 2018 Sch 1 para 18");
        assertThat(lac.get("Criminal offence data condition (Art 10)")).contains("para 18");
        assertThat(lac.get("Retention")).contains("75th anniversary");
        assertThat(lac.get("Status")).isEqualTo("Draft");
        assertThat(lac.get("High risk")).isEqualTo("Yes");
        assertThat(rows.stream().map(r -> r.get("Recipients")))
                .anyMatch(r -> r.contains("National Child Mortality Database"))
                .anyMatch(r -> r.contains("school census"));
        assertThat(organisations.auditDetails(council.id(), "processing-register.exported"))
                .containsExactly("SUCCESS:csv; activities: 3");
    }

    @Test
    void theRegisterCarriesEachActivitysRecordedTransfersTheRecipientsAndTheAgreements() throws IOException {
        String lacActivity = api.activityFor(dpo, "LOOKED_AFTER_CHILD");
        String desk = GovernanceApi.value(api.post(dpo, "/api/v1/recipients", """
                        {"name":"Helpdesk Ltd","kind":"PROCESSOR","service":"Support desk","processingCountries":["IN"],
                         "contractSignedOn":"2024-01-10"}"""), "$.id");
        assertThat(api.post(dpo, "/api/v1/transfers", """
                        {"recipient":"%s","country":"IN","activity":"%s","dataTransferred":"Support tickets",
                         "safeguard":"IDTA","safeguardSignedOn":"2024-01-10","riskAssessedOn":"2024-01-05",
                         "riskAssessmentConclusion":"Risk low with encryption"}""".formatted(desk, lacActivity)))
                .hasStatus(org.springframework.http.HttpStatus.CREATED);

        CSVRecord lac = parse(GovernanceApi.body(api.get(dpo, "/data-protection/activities/register.csv"))).stream()
                .filter(r -> r.get("Case types").equals("Looked-after child"))
                .findFirst()
                .orElseThrow();
        assertThat(lac.get("Recorded transfers and safeguards (Ch V)"))
                .contains("India", "Helpdesk Ltd", "Support tickets", "signed on 2024-01-10");

        String text;
        try (PDDocument pdf = Loader.loadPDF(api.get(dpo, "/data-protection/activities/register.pdf")
                .getResponse()
                .getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Recorded transfers and safeguards")
                .contains("Recipients and processors")
                .contains("Helpdesk Ltd")
                .contains("Sharing agreements");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefusedAndQuotesSurvive() throws IOException {
        api.activity(
                dpo,
                GovernanceApi.activityJson(
                                "=HYPERLINK(\\\"http://evil.example\\\",\\\"Click\\\")", "PUBLIC_TASK", "[]", null)
                        .replace("\"Statutory duties\"", "\"+SUM(1,2), with a comma and \\\"quotes\\\"\"")
                        .replace("\"75 years\"", "\"@cmd\"")
                        .replace("\"Children\"", "\"-2+3\""));
        List<CSVRecord> rows = parse(GovernanceApi.body(api.get(dpo, "/data-protection/activities/register.csv")));
        CSVRecord evil = rows.stream()
                .filter(r -> r.get("Activity").contains("HYPERLINK"))
                .findFirst()
                .orElseThrow();
        assertThat(evil.get("Activity")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(evil.get("Purposes")).isEqualTo("'+SUM(1,2), with a comma and \"quotes\"");
        assertThat(evil.get("Retention")).isEqualTo("'@cmd");
        assertThat(evil.get("Categories of people")).isEqualTo("'-2+3");
    }

    @Test
    void thePdfNamesTheOrganisationTheDateWhoProducedItAndEveryActivity() throws IOException {
        var download = api.get(dpo, "/data-protection/activities/register.pdf");
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        String today = LocalDate.now(UkCalendar.ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(text)
                .contains("Record of processing activities")
                .contains("Test council " + council.code())
                .contains("Produced on " + today)
                .contains("by Test User")
                .contains(dpo.email())
                .contains("Looked-after children: care planning and case records")
                .contains("Child death review")
                .contains("Pupil records")
                .contains("National Child Mortality Database")
                .contains("DPA 2018 Sch 1 para 18");
        assertThat(organisations.auditDetails(council.id(), "processing-register.exported"))
                .containsExactly("SUCCESS:pdf; activities: 3");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
