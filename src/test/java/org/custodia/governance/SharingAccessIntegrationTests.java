package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.util.List;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every sharing page and endpoint: another organisation finds nothing (404), other roles are refused (403). */
@CustodiaTest
class SharingAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    SharingApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String recipient;
    String agreement;
    String transfer;
    String disclosure;
    String child;
    String caseId;

    @BeforeEach
    void oneOfEverything() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        recipient = api.recipient(dpo, "Demoshire Police", "POLICE");
        agreement = api.agreement(dpo, recipient, api.today(), null, false, null);
        transfer = api.created(api.post(dpo, "/api/v1/transfers", """
                {"recipient":"%s","country":"FR","dataTransferred":"Names"}""".formatted(recipient)));
        child = api.child(practitioner, "Sam");
        caseId = api.openCase(practitioner, child);
        disclosure = JsonPath.read(
                SharingApi.body(api.withoutConsent(
                        practitioner, child, recipient, practitioner.id().value())),
                "$[0].id");
    }

    private List<String> dpoReads() {
        return List.of(
                "/data-protection/recipients",
                "/data-protection/recipients/new",
                "/data-protection/recipients/" + recipient,
                "/data-protection/sharing-agreements",
                "/data-protection/sharing-agreements/new",
                "/data-protection/sharing-agreements/" + agreement,
                "/data-protection/disclosures",
                "/data-protection/disclosures/" + disclosure + "/follow-up",
                "/data-protection/transfers",
                "/data-protection/transfers/new",
                "/data-protection/transfers/" + transfer,
                "/api/v1/recipients",
                "/api/v1/recipients/" + recipient,
                "/api/v1/sharing-agreements",
                "/api/v1/sharing-agreements/" + agreement,
                "/api/v1/disclosures",
                "/api/v1/disclosures/" + disclosure,
                "/api/v1/transfers",
                "/api/v1/transfers/" + transfer,
                "/api/v1/transfers/adequacy");
    }

    private List<String> practitionerReads() {
        return List.of(
                "/people/" + child + "/disclosures",
                "/api/v1/people/" + child + "/disclosures",
                "/cases/" + caseId + "/export");
    }

    @Test
    void theDpoAndThePractitionerReachTheirPages() {
        for (String uri : dpoReads()) {
            assertThat(api.get(dpo, uri)).as(uri).hasStatusOk();
        }
        for (String uri : practitionerReads()) {
            assertThat(api.get(practitioner, uri)).as(uri).hasStatusOk();
        }
    }

    @Test
    void otherRolesAreRefused() {
        TestUser administrator = organisations.user(council, Role.ORGANISATION_ADMINISTRATOR);
        for (String uri : dpoReads()) {
            if (!uri.endsWith("/adequacy")) {
                assertThat(api.get(practitioner, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(api.get(administrator, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        TestUser dpoOnly = dpo;
        for (String uri : practitionerReads()) {
            assertThat(api.get(dpoOnly, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(administrator, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(api.post(practitioner, "/api/v1/recipients", "{\"name\":\"x\",\"kind\":\"POLICE\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(practitioner, "/api/v1/sharing-agreements/" + agreement + "/signature", "{}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(practitioner, "/api/v1/transfers", "{}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.form(
                        practitioner,
                        "/data-protection/disclosures/" + disclosure + "/follow-up",
                        "outcome",
                        "NOT_TOLD",
                        "notToldReason",
                        "x"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/disclosures", "{}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherOrganisationFindsNothing() {
        TestOrganisation other = organisations.organisation();
        TestUser theirDpo = organisations.user(other, Role.DATA_PROTECTION_OFFICER);
        TestUser theirPractitioner = organisations.user(other, Role.PRACTITIONER);
        for (String uri : dpoReads()) {
            if (uri.contains(recipient)
                    || uri.contains(agreement)
                    || uri.contains(transfer)
                    || uri.contains(disclosure)) {
                assertThat(api.get(theirDpo, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
            }
        }
        for (String uri : practitionerReads()) {
            assertThat(api.get(theirPractitioner, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.get(theirDpo, "/api/v1/recipients"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(theirDpo, "/api/v1/sharing-agreements"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(theirDpo, "/api/v1/disclosures"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(theirDpo, "/api/v1/transfers"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);

        // Nor can they change anything, or use our recipient.
        assertThat(api.sign(theirDpo, agreement, api.today())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(theirDpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"notToldReason":"not theirs"}"""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(theirDpo, "/api/v1/transfers", """
                        {"recipient":"%s","country":"FR","dataTransferred":"Names"}""".formatted(recipient)))
                .bodyJson()
                .extractingPath("$.errors.recipient")
                .isNotNull();
        assertThat(api.form(
                        theirPractitioner,
                        "/cases/" + caseId + "/export",
                        "recipient",
                        recipient,
                        "basis",
                        "STATUTORY",
                        "statutoryBasis",
                        "Court order",
                        "format",
                        "PRINT"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.withoutConsent(
                        theirPractitioner,
                        child,
                        recipient,
                        theirPractitioner.id().value()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(dpo, "/api/v1/disclosures/" + disclosure))
                .bodyJson()
                .extractingPath("$.followUp.closedAt")
                .isNull();
    }
}
