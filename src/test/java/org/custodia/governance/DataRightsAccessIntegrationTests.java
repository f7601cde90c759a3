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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every restriction, rectification and objection page and endpoint: another organisation finds nothing
 * (404) and changes nothing; other roles are refused (403).
 */
@CustodiaTest
class DataRightsAccessIntegrationTests {

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
    TestUser administrator;
    String child;
    String activity;
    String objection;

    @BeforeEach
    void aChildWithARestrictionAndAnObjection() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        administrator = organisations.administrator(council);
        child = api.child(practitioner, "Alex");
        api.openCase(practitioner, child);
        activity = JsonPath.<List<String>>read(
                        SharingApi.body(api.get(dpo, "/api/v1/processing-activities")), "$[*].id")
                .get(0);
        objection = api.created(
                api.post(dpo, "/api/v1/people/" + child + "/objections", """
                {"activity":"%s","kind":"AUTOMATED_DECISIONS","receivedOn":"%s"}""".formatted(activity, api.today())));
        assertThat(api.post(dpo, "/api/v1/people/" + child + "/restriction", "{\"ground\":\"ACCURACY_CONTESTED\"}"))
                .hasStatus(HttpStatus.CREATED);
    }

    private List<String> dpoReads() {
        return List.of(
                "/people/" + child + "/data-rights",
                "/people/" + child + "/objections",
                "/people/" + child + "/objections/" + objection,
                "/api/v1/people/" + child + "/restriction",
                "/api/v1/people/" + child + "/rectifications",
                "/api/v1/people/" + child + "/statements",
                "/api/v1/people/" + child + "/objections",
                "/api/v1/objections/" + objection);
    }

    /** Each DPO change, as JSON or as a form, with input that would succeed. */
    private List<MvcTestResult> dpoChanges(TestUser user) {
        String today = api.today().toString();
        String[] told = {
            "personToldOnDay", String.valueOf(api.today().getDayOfMonth()),
            "personToldOnMonth", String.valueOf(api.today().getMonthValue()),
            "personToldOnYear", String.valueOf(api.today().getYear())
        };
        return List.of(
                api.post(user, "/api/v1/people/" + child + "/rectifications", """
                        {"field":"LAST_NAME","value":"Changed"}"""),
                api.post(user, "/api/v1/people/" + child + "/statements", """
                        {"field":"LAST_NAME","statement":"Not my name"}"""),
                api.post(user, "/api/v1/people/" + child + "/objections", """
                        {"activity":"%s","kind":"AUTOMATED_DECISIONS","receivedOn":"%s"}""".formatted(activity, today)),
                api.post(user, "/api/v1/objections/" + objection + "/decision", "{\"decision\":\"UPHELD\"}"),
                api.form(user, "/people/" + child + "/rectifications", "field", "LAST_NAME", "value", "Changed"),
                api.form(
                        user,
                        "/people/" + child + "/rectifications/address",
                        "address",
                        "ADDRESS:" + objection,
                        "line1",
                        "1 Road"),
                api.form(user, "/people/" + child + "/statements", "field", "LAST_NAME", "statement", "Not my name"),
                api.form(
                        user,
                        "/people/" + child + "/objections",
                        "activity",
                        activity,
                        "kind",
                        "AUTOMATED_DECISIONS",
                        "receivedOnDay",
                        told[1],
                        "receivedOnMonth",
                        told[3],
                        "receivedOnYear",
                        told[5]),
                api.form(user, "/people/" + child + "/objections/" + objection + "/decision", "decision", "UPHELD"),
                api.form(user, "/people/" + child + "/restriction/lift", told),
                api.post(user, "/api/v1/people/" + child + "/restriction/lift", """
                        {"personToldOn":"%s"}""".formatted(today)),
                api.post(user, "/api/v1/people/" + child + "/restriction", "{\"ground\":\"ACCURACY_CONTESTED\"}"),
                api.form(user, "/people/" + child + "/restriction", "ground", "ACCURACY_CONTESTED"));
    }

    private List<MvcTestResult> practitionerChanges(TestUser user) {
        return List.of(
                api.post(user, "/api/v1/people/" + child + "/restricted-use", """
                        {"ground":"LEGAL_CLAIMS","note":"Proceedings"}"""),
                api.form(
                        user, "/people/" + child + "/restricted-use", "ground", "LEGAL_CLAIMS", "note", "Proceedings"));
    }

    @Test
    void theDpoReachesEveryPageAndThePractitionerStatesAUse() {
        for (String uri : dpoReads()) {
            assertThat(api.get(dpo, uri)).as(uri).hasStatusOk();
        }
        assertThat(practitionerChanges(practitioner))
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(200, 302));
    }

    @Test
    void otherRolesAreRefused() {
        for (String uri : dpoReads()) {
            assertThat(api.get(practitioner, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(administrator, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(dpoChanges(practitioner)).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(dpoChanges(administrator)).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(practitionerChanges(dpo)).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(practitionerChanges(administrator))
                .allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FORBIDDEN));
        assertNothingChanged();
    }

    @Test
    void anotherOrganisationFindsNothingAndChangesNothing() {
        TestOrganisation other = organisations.organisation();
        TestUser theirDpo = organisations.user(other, Role.DATA_PROTECTION_OFFICER);
        TestUser theirPractitioner = organisations.user(other, Role.PRACTITIONER);
        for (String uri : dpoReads()) {
            assertThat(api.get(theirDpo, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(dpoChanges(theirDpo)).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.NOT_FOUND));
        assertThat(practitionerChanges(theirPractitioner))
                .allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.NOT_FOUND));
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/restriction"))
                .bodyJson()
                .extractingPath("$[0].liftedAt")
                .isNull();
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/rectifications"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/statements"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/objections"))
                .bodyJson()
                .extractingPath("$[*].decision")
                .asList()
                .containsExactly((Object) null);
        assertThat(organisations.auditDetails(council.id(), "person.restricted-use-stated"))
                .isEmpty();
    }
}
