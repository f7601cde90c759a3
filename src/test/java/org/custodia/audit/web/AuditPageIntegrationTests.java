package org.custodia.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.aDataProtectionOfficer;
import static org.custodia.testing.Actors.aPractitioner;
import static org.custodia.testing.Actors.anAdministrator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.Outcome;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class AuditPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    OrganisationId a;
    String objectOfA;

    @BeforeEach
    void anEntryInOrganisationA() {
        a = TestOrganisations.create(database);
        objectOfA = "case-" + UUID.randomUUID();
        trail.append(
                a,
                AuditRecord.of("case.viewed", Outcome.SUCCESS)
                        .about("case", objectOfA)
                        .forPurpose("casework")
                        .by(aPractitioner().of(a).actor()));
    }

    @Test
    void anAdministratorSeesTheOrganisationsEntries() {
        assertThat(mvc.get().uri("/audit").with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("Audit trail", "case " + objectOfA, "casework", "Verify the audit trail");
    }

    @Test
    void aDataProtectionOfficerCanFilterByObject() {
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("objectType", "case")
                        .param("objectId", objectOfA)
                        .with(aDataProtectionOfficer().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("case " + objectOfA, "1 entry; page 1 of 1.");
    }

    @Test
    void aPractitionerIsRefused() {
        assertThat(mvc.get().uri("/audit").with(aPractitioner().of(a).onRequest()))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("fromDay", "99")
                        .with(aPractitioner().of(a).onRequest()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/audit/verification")
                        .with(csrf())
                        .with(aPractitioner().of(a).onRequest()))
                .hasStatus(403);
    }

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        assertThat(mvc.get().uri("/audit")).hasStatus3xxRedirection().hasRedirectedUrl("/sign-in");
    }

    @Test
    void anotherOrganisationNeverSeesTheEntries() {
        OrganisationId b = TestOrganisations.create(database);

        assertThat(mvc.get()
                        .uri("/audit")
                        .param("objectId", objectOfA)
                        .with(anAdministrator().of(b).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("No entries match these filters")
                .doesNotContain(objectOfA.substring(5) + "</td>");
    }

    @Test
    void anImpossibleDateIsShownBackWithAnErrorSummary() {
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("fromDay", "31")
                        .param("fromMonth", "2")
                        .param("fromYear", "2026")
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("There is a problem", "href=\"#from-day\"", "Date from must be a real date")
                .contains("value=\"31\"")
                .doesNotContain("govuk-table__body");
    }

    @Test
    void aRangeThatRunsBackwardsIsShownBackWithAnErrorSummary() {
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("fromDay", "2")
                        .param("fromMonth", "3")
                        .param("fromYear", "2026")
                        .param("toDay", "1")
                        .param("toMonth", "3")
                        .param("toYear", "2026")
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("There is a problem", "Date to must be the same as or after date from");
    }

    @Test
    void pagesKeepTheFilters() {
        trail.append(a, anAdministrator().of(a).actor(), 55);

        assertThat(mvc.get()
                        .uri("/audit")
                        .param("action", "case.viewed")
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("56 entries; page 1 of 2.", "href=\"/audit?action=case.viewed&amp;page=1\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("action", "case.viewed")
                        .param("page", "1")
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("56 entries; page 2 of 2.", "href=\"/audit?action=case.viewed&amp;page=0\"", objectOfA)
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void verifyingShowsAnIntactTrail() {
        assertThat(mvc.post()
                        .uri("/audit/verification")
                        .with(csrf())
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("The audit trail is intact: 1 entry checked.");
    }

    @Test
    void verifyingNamesTheFirstBadEntry() {
        long id = trail.ids(a).get(0);
        trail.tamper(a, "update audit_entries set purpose = 'curiosity' where organisation_id = ?");

        assertThat(mvc.post()
                        .uri("/audit/verification")
                        .with(csrf())
                        .with(aDataProtectionOfficer().of(a).onRequest()))
                .hasStatusOk()
                .bodyText()
                .contains("The audit trail has been tampered with.", "ID <span>" + id + "</span>")
                .contains("sequence <span>1</span>", "no longer matches its hash");
    }

    @Test
    void verifyingNeedsTheFormsCsrfToken() {
        assertThat(mvc.post()
                        .uri("/audit/verification")
                        .with(anAdministrator().of(a).onRequest()))
                .hasStatus(403);
    }
}
