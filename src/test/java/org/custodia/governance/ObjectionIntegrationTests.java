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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** UK GDPR Art 21 and 22: an upheld objection stops the processing; continuing needs compelling grounds. */
@CustodiaTest
@RecordApplicationEvents
class ObjectionIntegrationTests {

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
    String lookedAfter;

    @BeforeEach
    void aLookedAfterChildAndARecipient() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        school = api.recipient(dpo, "Demoshire Academy", "SCHOOL");
        assertThat(api.sign(dpo, api.agreement(dpo, school, api.today().minusDays(10), null, false, null), api.today()))
                .hasStatusOk();
        child = api.child(practitioner, "Quinn");
        api.openCase(practitioner, child);
        List<String> ids = JsonPath.read(
                SharingApi.body(api.get(dpo, "/api/v1/processing-activities")),
                "$[?('LOOKED_AFTER_CHILD' in @.details.caseTypes)].id");
        lookedAfter = ids.get(0);
    }

    private String objection() {
        return api.created(
                api.post(dpo, "/api/v1/people/" + child + "/objections", """
                {"activity":"%s","kind":"PROCESSING","receivedOn":"%s"}""".formatted(lookedAfter, api.today())));
    }

    @Test
    void anUpheldObjectionStopsDisclosuresUnderTheActivityAndShowsOnThePersonsPage() {
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.CREATED);
        String objection = objection();
        assertThat(api.get(practitioner, "/people/" + child))
                .bodyText()
                .contains("awaiting the data protection officer");
        assertThat(api.post(dpo, "/api/v1/objections/" + objection + "/decision", """
                        {"decision":"UPHELD","request":"0f3e0c9a-5a64-4a39-8a4d-7a9b1c2d3e4f"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.decision")
                .isEqualTo("UPHELD");

        assertThat(api.routine(practitioner, child, school))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.people")
                .asString()
                .contains("objection was upheld");
        assertThat(api.get(practitioner, "/people/" + child))
                .bodyText()
                .contains("The objection was upheld: this processing has stopped for them");
        assertThat(organisations.auditDetails(council.id(), "disclosure.refused"))
                .contains("DENIED:objection upheld");
        assertThat(organisations.auditDetails(council.id(), "objection.decided"))
                .containsExactly("SUCCESS:UPHELD; request 0f3e0c9a-5a64-4a39-8a4d-7a9b1c2d3e4f");
        assertThat(events.stream(ObjectionDecided.class)).hasSize(1);
    }

    @Test
    void continuingNeedsTheCompellingGroundsAndIsDecidedOnce() {
        String objection = objection();
        assertThat(api.post(dpo, "/api/v1/objections/" + objection + "/decision", """
                        {"decision":"CONTINUED","grounds":"  "}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.grounds")
                .isNotNull();
        assertThat(api.post(dpo, "/api/v1/objections/" + objection + "/decision", """
                        {"decision":"CONTINUED","grounds":"The child is looked after under a care order: the duty to safeguard overrides"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.grounds")
                .isEqualTo("The child is looked after under a care order: the duty to safeguard overrides");
        assertThat(api.post(dpo, "/api/v1/objections/" + objection + "/decision", """
                        {"decision":"UPHELD"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.routine(practitioner, child, school)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void theDpoRecordsAndDecidesOnPages() {
        assertThat(api.get(dpo, "/people/" + child + "/objections"))
                .hasStatusOk()
                .bodyText()
                .contains("None recorded");
        assertThat(api.form(dpo, "/people/" + child + "/objections", "activity", lookedAfter))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select what the person objects to");
        var recorded = api.form(
                dpo,
                "/people/" + child + "/objections",
                "activity",
                lookedAfter,
                "kind",
                "AUTOMATED_DECISIONS",
                "receivedOnDay",
                String.valueOf(api.today().getDayOfMonth()),
                "receivedOnMonth",
                String.valueOf(api.today().getMonthValue()),
                "receivedOnYear",
                String.valueOf(api.today().getYear()));
        assertThat(recorded).hasStatus(HttpStatus.FOUND);
        String page = recorded.getResponse().getRedirectedUrl();
        assertThat(api.get(dpo, page)).hasStatusOk().bodyText().contains("Decide the objection");
        assertThat(api.form(dpo, page + "/decision", "decision", "CONTINUED"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("compelling legitimate grounds");
        assertThat(api.form(dpo, page + "/decision", "decision", "UPHELD")).hasStatus(HttpStatus.FOUND);
        assertThat(api.get(dpo, "/people/" + child + "/objections"))
                .bodyText()
                .contains("Upheld: the processing stops for this person");
    }
}
