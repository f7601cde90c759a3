package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.custodia.casework.PersonRestricted;
import org.custodia.casework.RestrictionLifted;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** UK GDPR Art 18: restricted data is stored but refused to ordinary use everywhere; only the DPO lifts it. */
@CustodiaTest
@RecordApplicationEvents
class RestrictionIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    SharingApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String school;
    String child;
    String caseId;

    @BeforeEach
    void aChildInACaseAndARecipientWithAnAgreement() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        school = api.recipient(dpo, "Demoshire Academy", "SCHOOL");
        assertThat(api.sign(dpo, api.agreement(dpo, school, api.today().minusDays(10), null, false, null), api.today()))
                .hasStatusOk();
        child = api.child(practitioner, "Rowan");
        caseId = api.openCase(practitioner, child);
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.CREATED);
    }

    private void restrict() {
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/restriction", """
                        {"ground":"ACCURACY_CONTESTED","request":"7d1c8a44-0d6b-4a43-9a57-2f4f39a0f0aa"}"""))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aRestrictedPersonIsRefusedOnPagesApiSearchExportsAndDisclosures() {
        restrict();

        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://custodia.example/problems/processing-restricted");
        assertThat(api.get(practitioner, "/people/" + child))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("Processing of this person's data is restricted");
        assertThat(api.get(practitioner, "/cases/" + caseId))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("Processing of this person's data is restricted");
        assertThat(api.get(practitioner, "/api/v1/cases/" + caseId)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(practitioner, "/api/v1/cases/" + caseId + "/visits")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/relationships"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/cases")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.put(practitioner, "/api/v1/people/" + child, """
                        {"firstName":"Rowan","lastName":"Changed","dateOfBirth":"2014-05-01"}""")).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(api.get(practitioner, "/api/v1/people?q=Rowan Example"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0]")
                .satisfies(found ->
                        assertThat(found.toString()).contains("restricted=true").contains("dateOfBirth=null"));
        assertThat(api.get(practitioner, "/people?q=Rowan+Example"))
                .hasStatusOk()
                .bodyText()
                .contains("Restricted – processing of this person")
                .doesNotContain("born 1 May 2014");

        assertThat(api.get(practitioner, "/cases/" + caseId + "/export")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.form(
                        practitioner,
                        "/cases/" + caseId + "/export",
                        "recipient",
                        school,
                        "basis",
                        "ROUTINE",
                        "format",
                        "PRINT"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.routine(practitioner, child, school))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Processing restricted");
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/disclosures"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);

        assertThat(organisations.auditDetails(council.id(), "person.restricted-refused"))
                .contains("DENIED:view", "DENIED:disclosure", "DENIED:update");
        assertThat(organisations.auditDetails(council.id(), "person.restricted"))
                .containsExactly("SUCCESS:ACCURACY_CONTESTED; request 7d1c8a44-0d6b-4a43-9a57-2f4f39a0f0aa");
        assertThat(events.stream(PersonRestricted.class)).hasSize(1);
    }

    @Test
    void aUseTheLawStillAllowsOpensTheRecordForThatPurposeAndIsAudited() {
        restrict();
        assertThat(api.post(practitioner, "/api/v1/people/" + child + "/restricted-use", """
                        {"ground":"LEGAL_CLAIMS","note":""}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.note")
                .isNotNull();
        assertThat(api.post(practitioner, "/api/v1/people/" + child + "/restricted-use", """
                        {"ground":"LEGAL_CLAIMS","note":"Care proceedings at the family court"}"""))
                .hasStatusOk();

        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.restriction.use")
                .isEqualTo("LEGAL_CLAIMS");
        assertThat(api.get(practitioner, "/people/" + child))
                .hasStatusOk()
                .bodyText()
                .contains("Processing of this person's data is restricted")
                .contains("To establish, exercise or defend legal claims");
        assertThat(api.get(practitioner, "/cases/" + caseId)).hasStatusOk();

        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        assertThat(api.post(practitioner, "/api/v1/cases/" + caseId + "/team", """
                        {"userId":"%s"}""".formatted(
                                colleague.id().value())))
                .satisfies(r -> assertThat(r.getResponse().getStatus()).isLessThan(300));
        assertThat(api.get(colleague, "/api/v1/people/" + child))
                .as("the use is the stater's alone")
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(organisations.auditDetails(council.id(), "person.restricted-use-stated"))
                .hasSize(1);
        assertThat(organisations.auditDetails(council.id(), "person.restricted-used"))
                .contains("SUCCESS:view");
    }

    @Test
    void onlyTheDpoLiftsARestrictionAndOnlyAfterThePersonWasTold() {
        restrict();
        String lift = "/api/v1/people/" + child + "/restriction/lift";
        assertThat(api.post(practitioner, lift, """
                        {"personToldOn":"%s"}""".formatted(api.today()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(dpo, lift, "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.personToldOn")
                .asString()
                .contains("told");
        assertThat(api.post(dpo, lift, """
                        {"personToldOn":"%s"}""".formatted(api.today().plusDays(1)))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(practitioner, "/api/v1/people/" + child)).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(api.post(dpo, lift, """
                        {"personToldOn":"%s"}""".formatted(api.today())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].personToldOn")
                .isEqualTo(api.today().toString());
        assertThat(api.get(practitioner, "/api/v1/people/" + child)).hasStatusOk();
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.CREATED);
        assertThat(events.stream(RestrictionLifted.class)).hasSize(1);
        assertThat(organisations.auditDetails(council.id(), "person.restriction-lifted"))
                .containsExactly("SUCCESS:person told " + api.today());
    }

    @Test
    void theDpoRestrictsAndLiftsOnThePersonsRightsPage() {
        assertThat(api.get(dpo, "/people/" + child + "/data-rights"))
                .hasStatusOk()
                .bodyText()
                .contains("Rowan Example")
                .contains("Not restricted");
        assertThat(api.form(dpo, "/people/" + child + "/restriction", "ground", "NEEDED_FOR_LEGAL_CLAIMS"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(dpo, "/people/" + child + "/data-rights"))
                .bodyText()
                .contains("No longer needed, but the person needs it for legal claims")
                .contains("Lift the restriction");
        assertThat(api.form(dpo, "/people/" + child + "/restriction/lift"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsKey("errors");
        assertThat(api.get(practitioner, "/api/v1/people/" + child)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.form(
                        dpo,
                        "/people/" + child + "/restriction/lift",
                        "personToldOnDay",
                        String.valueOf(api.today().getDayOfMonth()),
                        "personToldOnMonth",
                        String.valueOf(api.today().getMonthValue()),
                        "personToldOnYear",
                        String.valueOf(api.today().getYear())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(practitioner, "/api/v1/people/" + child)).hasStatusOk();
    }

    @Test
    void aRestrictedParticipantIsShownOnTheCaseAsRestrictedWithoutDetails() {
        String mother = api.child(practitioner, "Morgan");
        assertThat(api.post(practitioner, "/api/v1/cases/" + caseId + "/participants", """
                        {"personId":"%s","role":"Mother"}""".formatted(mother)))
                .satisfies(r -> assertThat(r.getResponse().getStatus()).isLessThan(300));
        assertThat(api.post(dpo, "/api/v1/people/" + mother + "/restriction", """
                        {"ground":"OBJECTION_PENDING"}"""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.get(practitioner, "/api/v1/cases/" + caseId))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.participants[0].person")
                .satisfies(p ->
                        assertThat(p.toString()).contains("restricted=true").contains("dateOfBirth=null"));
        assertThat(api.get(practitioner, "/cases/" + caseId))
                .hasStatusOk()
                .bodyText()
                .contains("Restricted");
        assertThat(List.of(api.get(practitioner, "/api/v1/people/" + mother)
                        .getResponse()
                        .getStatus()))
                .containsExactly(403);
    }
}
