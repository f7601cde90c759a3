package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.custodia.casework.PersonId;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Sharing agreements, their status and their hold over routine disclosures; disclosures and follow-ups. */
@CustodiaTest
class SharingAndDisclosuresIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    Disclosures disclosures;

    SharingApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String school;
    String child;

    @BeforeEach
    void aPractitionersChildAndARecipient() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        school = api.recipient(dpo, "Demoshire Academy", "SCHOOL");
        child = api.child(practitioner, "Robin");
        api.openCase(practitioner, child);
    }

    @Test
    void anAgreementIsUnsignedThenInForceThenReviewOverdueOrExpired() {
        String agreement = api.agreement(dpo, school, api.today().minusYears(2), null, false, null);
        assertThat(api.get(dpo, "/api/v1/sharing-agreements/" + agreement))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UNSIGNED");
        assertThat(api.sign(dpo, agreement, api.today().minusYears(2))).hasStatusOk();
        assertThat(api.get(dpo, "/api/v1/sharing-agreements/" + agreement))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("REVIEW_OVERDUE");

        String current = api.agreement(dpo, school, api.today().minusMonths(1), null, false, null);
        api.sign(dpo, current, api.today());
        assertThat(api.get(dpo, "/api/v1/sharing-agreements/" + current))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("IN_FORCE");

        String ended = api.agreement(
                dpo, school, api.today().minusMonths(6), api.today().minusDays(1), false, null);
        api.sign(dpo, ended, api.today().minusMonths(6));
        assertThat(api.get(dpo, "/api/v1/sharing-agreements/" + ended))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("EXPIRED");
        assertThat(organisations.auditDetails(council.id(), "sharing-agreement.signed"))
                .containsExactly("SUCCESS", "SUCCESS", "SUCCESS");
    }

    @Test
    void anAgreementWithBadDatesIsRefusedWithAnErrorPerField() {
        MvcTestResult bad = api.post(dpo, "/api/v1/sharing-agreements", """
                {"type":"CONTRACT","title":"","parties":[],"purpose":"x","dataShared":"y","lawfulBasis":"PUBLIC_TASK",
                 "startsOn":"2026-04-01","reviewOn":"2026-03-01","highRisk":false}""");
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(bad).bodyJson().extractingPath("$.errors.title").isNotNull();
        assertThat(bad).bodyJson().extractingPath("$.errors.parties").isNotNull();
        assertThat(bad).bodyJson().extractingPath("$.errors.reviewOn").isNotNull();
    }

    @Test
    void aHighRiskAgreementCannotBeSignedUntilItsDpiaIsSignedOff() {
        assertThat(api.post(dpo, "/api/v1/sharing-agreements", """
                        {"type":"CONTRACT","title":"T","parties":["%s"],"purpose":"x","dataShared":"y",
                         "lawfulBasis":"PUBLIC_TASK","startsOn":"2026-01-01","reviewOn":"2027-01-01","highRisk":true}""".formatted(school)))
                .bodyJson()
                .extractingPath("$.errors.dpia")
                .asString()
                .contains("needs a DPIA");

        var draft = SharingApi.dpia(jdbc, transactions, tenancy, dpo, false);
        String agreement = api.agreement(dpo, school, api.today(), null, true, draft.toString());
        MvcTestResult refused = api.sign(dpo, agreement, api.today());
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors.signedOn")
                .asString()
                .contains("DPIA must be signed off");
        assertThat(organisations.auditDetails(council.id(), "sharing-agreement.signed"))
                .containsExactly("DENIED:high risk without a signed-off DPIA");

        var signedOff = SharingApi.dpia(jdbc, transactions, tenancy, dpo, true);
        String covered = api.agreement(dpo, school, api.today(), null, true, signedOff.toString());
        assertThat(api.sign(dpo, covered, api.today())).hasStatusOk();
    }

    @Test
    void aRoutineDisclosureNeedsAnAgreementInForceNamingTheRecipient() {
        MvcTestResult none = api.routine(practitioner, child, school);
        assertThat(none).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(none)
                .bodyJson()
                .extractingPath("$.errors.basis")
                .asString()
                .startsWith("No sharing agreement with Demoshire Academy was in force on");

        String unsigned = api.agreement(dpo, school, api.today().minusMonths(1), null, false, null);
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.BAD_REQUEST);

        String expired = api.agreement(
                dpo, school, api.today().minusMonths(6), api.today().minusDays(1), false, null);
        api.sign(dpo, expired, api.today().minusMonths(6));
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(organisations.auditDetails(council.id(), "disclosure.refused"))
                .hasSize(3)
                .allMatch(d -> d.equals("DENIED:ROUTINE without a sharing agreement in force"));

        api.sign(dpo, unsigned, api.today());
        MvcTestResult recorded = api.routine(practitioner, child, school);
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        assertThat(recorded).bodyJson().extractingPath("$[0].agreement").isEqualTo(unsigned);
        assertThat(organisations.auditDetails(council.id(), "disclosure.recorded"))
                .containsExactly("SUCCESS:ROUTINE");
    }

    @Test
    void aStatutoryDisclosureNamesTheLaw() {
        String dfe = api.recipient(dpo, "Department for Education", "DEPARTMENT_FOR_EDUCATION");
        String body = """
                {"recipient":"%s","disclosedOn":"%s","dataShared":"Census return","method":"COLLECT",
                 "basis":"STATUTORY"%s}""";
        assertThat(api.post(
                        practitioner, "/api/v1/people/" + child + "/disclosures", body.formatted(dfe, api.today(), "")))
                .bodyJson()
                .extractingPath("$.errors.statutoryBasis")
                .isNotNull();
        assertThat(api.post(
                        practitioner,
                        "/api/v1/people/" + child + "/disclosures",
                        body.formatted(dfe, api.today(), ",\"statutoryBasis\":\"School census\"")))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void sharingWithoutConsentOpensATaskOnlyTheDpoClosesWithADateOrAReason() {
        String police = api.recipient(dpo, "Demoshire Police", "POLICE");
        MvcTestResult missing =
                api.post(practitioner, "/api/v1/people/" + child + "/disclosures", """
                {"recipient":"%s","disclosedOn":"%s","dataShared":"Address","method":"Telephone",
                 "basis":"WITHOUT_CONSENT_RISK"}""".formatted(police, api.today()));
        assertThat(missing).bodyJson().extractingPath("$.errors.reason").isNotNull();
        assertThat(missing).bodyJson().extractingPath("$.errors.decidedBy").isNotNull();

        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(api.withoutConsent(practitioner, child, police, outsider.id().value()))
                .bodyJson()
                .extractingPath("$.errors.decidedBy")
                .isNotNull();

        MvcTestResult recorded = api.withoutConsent(
                practitioner, child, police, practitioner.id().value());
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        String disclosure = com.jayway.jsonpath.JsonPath.read(SharingApi.body(recorded), "$[0].id");
        assertThat(recorded).bodyJson().extractingPath("$[0].followUp.toldOn").isNull();
        assertThat(recorded)
                .bodyJson()
                .extractingPath("$[0].reason")
                .isNull(); // the practitioner holds no sensitive-data grant
        assertThat(recorded).bodyJson().extractingPath("$[0].reasonWithheld").isEqualTo(true);

        assertThat(api.get(dpo, "/api/v1/disclosures?openFollowUps=true"))
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .containsExactly(disclosure);
        assertThat(api.get(dpo, "/api/v1/disclosures/" + disclosure))
                .bodyJson()
                .extractingPath("$.reason")
                .isEqualTo("Immediate risk of harm to a sibling");

        assertThat(api.post(
                        practitioner, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"toldOn":"%s"}""".formatted(api.today())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", "{}"))
                .bodyJson()
                .extractingPath("$.errors.toldOn")
                .asString()
                .contains("either the date the person was told or the reason");
        assertThat(api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"toldOn":"%s","notToldReason":"both"}""".formatted(api.today())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"toldOn":"%s"}""".formatted(
                                api.today().plusDays(1))))
                .hasStatus(HttpStatus.BAD_REQUEST);

        MvcTestResult closed =
                api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                {"toldOn":"%s"}""".formatted(api.today()));
        assertThat(closed).hasStatusOk();
        assertThat(closed)
                .bodyJson()
                .extractingPath("$.followUp.toldOn")
                .isEqualTo(api.today().toString());
        assertThat(api.get(dpo, "/api/v1/disclosures?openFollowUps=true"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"notToldReason":"again"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(organisations.auditDetails(council.id(), "disclosure.follow-up-closed"))
                .containsExactly("SUCCESS:told");
        // The reason is stored encrypted, never in the clear.
        assertThat((String) transactions.execute(status -> tenancy.callAs(
                        council.id(),
                        () -> jdbc.sql("select encode(reason, 'escape') from disclosures where id = :id::uuid")
                                .param("id", disclosure)
                                .query(String.class)
                                .single())))
                .doesNotContain("sibling");
    }

    @Test
    void theDpoRecordsWhyAPersonWasNotTold() {
        String police = api.recipient(dpo, "Demoshire Police", "POLICE");
        String disclosure = com.jayway.jsonpath.JsonPath.read(
                SharingApi.body(api.withoutConsent(
                        practitioner, child, police, practitioner.id().value())),
                "$[0].id");
        assertThat(api.post(dpo, "/api/v1/disclosures/" + disclosure + "/follow-up", """
                        {"notToldReason":"Telling them would put the sibling at risk"}"""))
                .bodyJson()
                .extractingPath("$.followUp.notToldReason")
                .isEqualTo("Telling them would put the sibling at risk");
        assertThat(organisations.auditDetails(council.id(), "disclosure.follow-up-closed"))
                .containsExactly("SUCCESS:not told");
    }

    @Test
    void recipientsOfTellsWhoReceivedThePersonsData() {
        String police = api.recipient(dpo, "Demoshire Police", "POLICE");
        api.withoutConsent(practitioner, child, police, practitioner.id().value());
        SecurityContextHolder.getContext().setAuthentication(dpo.authentication());
        List<DataReceived> received;
        try {
            received = disclosures.recipientsOf(new PersonId(java.util.UUID.fromString(child)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.recipientName()).isEqualTo("Demoshire Police");
            assertThat(r.kind()).isEqualTo(RecipientKind.POLICE);
            assertThat(r.disclosedOn()).isEqualTo(api.today());
            assertThat(r.dataShared()).isEqualTo("Address");
            assertThat(r.basis()).isEqualTo(DisclosureBasis.WITHOUT_CONSENT_RISK);
        });

        SecurityContextHolder.getContext()
                .setAuthentication(organisations
                        .user(council, Role.ORGANISATION_ADMINISTRATOR)
                        .authentication());
        try {
            assertThatThrownBy(() -> disclosures.recipientsOf(new PersonId(java.util.UUID.fromString(child))))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aPractitionerWhoCannotSeeThePersonCannotRecordOrReadTheirDisclosures() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        assertThat(api.get(colleague, "/api/v1/people/" + child + "/disclosures"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.withoutConsent(colleague, child, school, colleague.id().value()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(colleague, "/people/" + child + "/disclosures")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDashboardShowsOpenTasksAndAgreementsDueForReview() {
        String police = api.recipient(dpo, "Demoshire Police", "POLICE");
        api.withoutConsent(practitioner, child, police, practitioner.id().value());
        String dueSoon = api.agreement(dpo, school, api.today().minusYears(1).plusDays(10), null, false, null);
        api.sign(dpo, dueSoon, api.today().minusMonths(11));
        assertThat(api.get(dpo, "/data-protection"))
                .bodyText()
                .contains("Sharing and disclosures")
                .contains("Tell the person about a disclosure to Demoshire Police")
                .contains("Sharing agreement: Protocol");
    }
}
