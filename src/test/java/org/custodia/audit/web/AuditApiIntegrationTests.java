package org.custodia.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.aDataProtectionOfficer;
import static org.custodia.testing.Actors.aPractitioner;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.UUID;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

@CustodiaTest
class AuditApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestDatabase database;

    OrganisationId a;
    String objectOfA;

    @BeforeEach
    void anEntryInOrganisationA() {
        a = TestOrganisations.create(database);
        objectOfA = "case-" + UUID.randomUUID();
        new TestTrail(tenancy, transactions, auditTrail, auditLog, database)
                .append(
                        a,
                        AuditRecord.of("case.viewed", Outcome.SUCCESS)
                                .about("case", objectOfA)
                                .by(aPractitioner().of(a).actor()));
    }

    @Test
    void anAdministratorSearchesTheEntries() {
        var result = mvc.get()
                .uri("/api/v1/audit/entries")
                .param("objectId", objectOfA)
                .param("from", "2000-01-01")
                .with(anAdministrator().of(a).onRequest())
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.entries[0].objectId").isEqualTo(objectOfA);
        assertThat(result).bodyJson().extractingPath("$.entries[0].action").isEqualTo("case.viewed");
    }

    @Test
    void aDataProtectionOfficerVerifiesTheChain() {
        var result = mvc.get()
                .uri("/api/v1/audit/verification")
                .with(aDataProtectionOfficer().of(a).onRequest())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.entriesChecked").isEqualTo(1);
    }

    @Test
    void aPractitionerGetsAForbiddenProblem() {
        for (String uri : new String[] {"/api/v1/audit/entries", "/api/v1/audit/verification"}) {
            var result =
                    mvc.get().uri(uri).with(aPractitioner().of(a).onRequest()).exchange();

            assertThat(result).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(403);
        }
    }

    @Test
    void someoneNotSignedInGetsAnUnauthorisedProblem() {
        var result = mvc.get().uri("/api/v1/audit/entries").exchange();

        assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
    }

    @Test
    void anotherOrganisationNeverSeesTheEntries() {
        OrganisationId b = TestOrganisations.create(database);

        var result = mvc.get()
                .uri("/api/v1/audit/entries")
                .param("objectId", objectOfA)
                .with(anAdministrator().of(b).onRequest())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(result).bodyText().doesNotContain(objectOfA);
    }

    @Test
    void anImpossibleDateIsABadRequestProblem() {
        var result = mvc.get()
                .uri("/api/v1/audit/entries")
                .param("from", "2026-02-31")
                .with(anAdministrator().of(a).onRequest())
                .exchange();

        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors.from").asString().contains("real date");
    }

    @Test
    void aRangeThatRunsBackwardsIsABadRequestProblem() {
        var result = mvc.get()
                .uri("/api/v1/audit/entries")
                .param("from", "2026-03-02")
                .param("to", "2026-03-01")
                .param("actor", "not-a-user-id")
                .with(anAdministrator().of(a).onRequest())
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors.to").asString().contains("same as or after");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors.actor")
                .asString()
                .contains("user ID");
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/audit/entries", "/api/v1/audit/verification")
                .contains("Search the audit trail", "Verify the organisation's audit chain")
                .contains("\"title\":\"Custodia API\"", "\"scheme\":\"bearer\"");
    }
}
