package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sharing that relies on consent is recorded while the consent is current, and stops when it is withdrawn. */
@CustodiaTest
class DisclosureWithConsentIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    @Test
    void aDisclosureWithConsentNeedsTheConsentToBeCurrentForEveryoneItConcerns() {
        SharingApi api = new SharingApi(mvc, clock);
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String camhs = api.recipient(dpo, "Child and adolescent mental health service", "HEALTH");
        String child = api.child(practitioner, "Mia");
        api.openCase(practitioner, child);
        String purpose = GovernanceApi.value(api.post(dpo, "/api/v1/consent-purposes", """
                        {"name":"Referral to CAMHS","wording":"We will share your child's school reports with CAMHS."}"""), "$.purpose.id");

        assertThat(withConsent(api, practitioner, child, camhs, null))
                .bodyJson()
                .extractingPath("$.errors.consentPurpose")
                .asString()
                .contains("Select what the person consented to");
        assertThat(withConsent(api, practitioner, child, camhs, purpose))
                .as("no consent given yet")
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.consentPurpose")
                .asString()
                .contains("has not consented");

        assertThat(api.post(practitioner, "/api/v1/people/" + child + "/consents", """
                        {"purposeId":"%s","givenBy":{"onBehalf":true,"name":"Jo Example","relationship":"Mother"},
                         "method":"IN_WRITING","givenOn":"%s"}""".formatted(purpose, api.today())))
                .hasStatus(HttpStatus.CREATED);
        assertThat(withConsent(api, practitioner, child, camhs, purpose)).hasStatus(HttpStatus.CREATED);

        assertThat(api.post(
                        practitioner, "/api/v1/people/" + child + "/consents/" + purpose + "/withdrawal", """
                        {"withdrawnBy":{"onBehalf":true,"name":"Jo Example","relationship":"Mother"},
                         "method":"EMAIL","withdrawnOn":"%s"}""".formatted(
                                        api.today())))
                .hasStatusOk();
        assertThat(withConsent(api, practitioner, child, camhs, purpose))
                .as("withdrawn consent stops the sharing")
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.consentPurpose")
                .asString()
                .contains("withdrawn");

        assertThat(organisations.auditDetails(council.id(), "disclosure.recorded"))
                .containsExactly("SUCCESS:WITH_CONSENT");
        assertThat(organisations.auditDetails(council.id(), "consent.required"))
                .hasSize(2)
                .allMatch(entry -> entry.startsWith("DENIED"));
    }

    private MvcTestResult withConsent(
            SharingApi api, TestUser practitioner, String person, String recipient, String purpose) {
        return api.post(practitioner, "/api/v1/people/" + person + "/disclosures", """
                {"recipient":"%s","disclosedOn":"%s","dataShared":"School reports","method":"Secure email",
                 "basis":"WITH_CONSENT"%s}""".formatted(
                        recipient, api.today(), purpose == null ? "" : ",\"consentPurpose\":\"" + purpose + "\""));
    }
}
