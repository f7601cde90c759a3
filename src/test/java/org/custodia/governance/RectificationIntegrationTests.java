package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonRectified;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** UK GDPR Art 16: a correction keeps the old value for the DPO; an opinion keeps the person's own statement beside it. */
@CustodiaTest
@RecordApplicationEvents
class RectificationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    ApplicationEvents events;

    SharingApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String child;
    String caseId;

    @BeforeEach
    void aChildInACase() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        child = api.child(practitioner, "Ellis");
        caseId = api.openCase(practitioner, child);
    }

    @Test
    void aCorrectionKeepsTheOldValueEncryptedForTheDpoAndTheAuditEntryPointsToIt() {
        String id = api.created(api.post(dpo, "/api/v1/people/" + child + "/rectifications", """
                {"field":"LAST_NAME","value":"Exampel","request":"2b0d1e5c-3f0a-4d9e-8f55-0c1a2b3c4d5e"}"""));

        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .bodyJson()
                .extractingPath("$.details.lastName")
                .isEqualTo("Exampel");
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/rectifications"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].oldValue")
                .isEqualTo("Example");
        assertThat(api.get(dpo, "/people/" + child + "/data-rights"))
                .bodyText()
                .contains("Last name")
                .contains("Example");

        List<String> audited = inCouncil("select object_id || ' ' || coalesce(detail, '') from audit_entries"
                + " where action = 'person.rectified'");
        assertThat(audited).containsExactly(id + " LAST_NAME; request 2b0d1e5c-3f0a-4d9e-8f55-0c1a2b3c4d5e");
        assertThat(inCouncil("select encode(old_value, 'escape') from person_rectifications"))
                .singleElement()
                .asString()
                .doesNotContain("Example");
        assertThat(events.stream(PersonRectified.class))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(PersonRectified.Kind.CORRECTED));
    }

    @Test
    void aBadCorrectionIsRefusedAndNothingChanges() {
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/rectifications", """
                        {"field":"DATE_OF_BIRTH","value":"2999-01-01"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.value")
                .isNotNull();
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/rectifications", """
                        {"field":"FIRST_NAME","value":""}"""))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/rectifications"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.form(dpo, "/people/" + child + "/rectifications", "field", "LAST_NAME", "value", "Exampel"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/rectifications"))
                .bodyJson()
                .extractingPath("$[0].oldValue")
                .isEqualTo("Example");
    }

    @Test
    void anAddressIsCorrectedWithTheOldOneKept() {
        UUID address = UUID.randomUUID();
        transactions.executeWithoutResult(status -> tenancy.runAs(
                council.id(),
                () -> jdbc.sql("insert into person_addresses (id, organisation_id, person_id, line_1, town, postcode,"
                                + " created_at) values (:id, :organisation, :person, '1 Old Road', 'Demoton', 'DE1 1AA',"
                                + " now())")
                        .param("id", address)
                        .param("organisation", council.id().value())
                        .param("person", UUID.fromString(child))
                        .update()));
        assertThat(api.form(
                        dpo,
                        "/people/" + child + "/rectifications/address",
                        "address",
                        "ADDRESS:" + address,
                        "line1",
                        "2 New Road",
                        "town",
                        "Demoton",
                        "postcode",
                        "DE1 2BB"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .bodyJson()
                .extractingPath("$.addresses[0].line1")
                .isEqualTo("2 New Road");
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/rectifications"))
                .bodyJson()
                .extractingPath("$[0].oldValue")
                .isEqualTo("1 Old Road, Demoton, DE1 1AA");
    }

    @Test
    void theStatementIsShownWhereverTheValueIs() {
        api.created(api.post(dpo, "/api/v1/people/" + child + "/statements", """
                {"field":"LAST_NAME","statement":"My family name is spelt differently at school"}"""));
        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .bodyJson()
                .extractingPath("$.statements[0].text")
                .isEqualTo("My family name is spelt differently at school");
        assertThat(api.get(practitioner, "/people/" + child))
                .bodyText()
                .contains("The person's own statements")
                .contains("My family name is spelt differently at school");

        assertThat(api.post(practitioner, "/api/v1/cases/" + caseId + "/notes", """
                        {"text":"Ellis seemed withdrawn and uncooperative."}"""))
                .hasStatus(HttpStatus.NO_CONTENT);
        String note = JsonPath.read(SharingApi.body(api.get(practitioner, "/api/v1/cases/" + caseId)), "$.notes[0].id");
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/rectifications", """
                        {"field":"CASE_NOTE","item":"%s","value":"x"}""".formatted(note)))
                .as("an opinion stays as recorded")
                .hasStatus(HttpStatus.BAD_REQUEST);
        api.created(api.post(dpo, "/api/v1/people/" + child + "/statements", """
                {"field":"CASE_NOTE","item":"%s","statement":"I was unwell that day, not uncooperative"}""".formatted(note)));

        assertThat(api.get(practitioner, "/api/v1/cases/" + caseId))
                .bodyJson()
                .extractingPath("$.notes[0].statements[0].withheld")
                .isEqualTo(true);
        TestUser administrator = organisations.administrator(council);
        grants.grant(administrator, practitioner);
        assertThat(api.get(practitioner, "/api/v1/cases/" + caseId))
                .bodyJson()
                .extractingPath("$.notes[0].statements[0].text")
                .isEqualTo("I was unwell that day, not uncooperative");
        assertThat(api.get(practitioner, "/cases/" + caseId))
                .bodyText()
                .contains("Ellis seemed withdrawn and uncooperative.")
                .contains("I was unwell that day, not uncooperative");
        String court = api.recipient(dpo, "Family Court", "COURT");
        assertThat(api.form(
                        practitioner,
                        "/cases/" + caseId + "/export",
                        "recipient",
                        court,
                        "basis",
                        "STATUTORY",
                        "statutoryBasis",
                        "Court order FD26C00123",
                        "format",
                        "PRINT"))
                .hasStatusOk()
                .bodyText()
                .contains("I was unwell that day, not uncooperative");
        assertThat(organisations.auditDetails(council.id(), "person.statement-added"))
                .hasSize(2);
    }

    private List<String> inCouncil(String sql) {
        return transactions.execute(status -> tenancy.callAs(
                council.id(), () -> jdbc.sql(sql).query(String.class).list()));
    }
}
