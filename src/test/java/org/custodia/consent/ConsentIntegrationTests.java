package org.custodia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodia.consent.ConsentSteps.value;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@CustodiaTest
@RecordApplicationEvents
class ConsentIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Consents consents;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    ConsentSteps api;
    TestOrganisation council;
    TestUser practitioner;
    TestUser dpo;
    String child;
    String mother;
    String purpose;
    LocalDate today;

    @BeforeEach
    void aChildHerMotherAndAPurpose() {
        api = new ConsentSteps(mvc);
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        child = api.person(practitioner, "Amara", "Okafor", "2016-04-09");
        mother = api.person(practitioner, "Grace", "Okafor", "1985-01-20");
        purpose = api.purpose(dpo, "Photographs in the newsletter", "I agree that photographs of my child may appear.");
        today = UkCalendar.today(java.time.Clock.systemUTC());
    }

    @Test
    void aParentGivesConsentOnBehalfOfAChildAndTheWordingShownIsRecorded() {
        MvcTestResult given = api.post(practitioner, "/api/v1/people/" + child + "/consents", """
                {"purposeId":"%s","givenBy":{"onBehalf":true,"name":"Grace Okafor","relationship":"mother",
                 "personId":"%s"},"method":"IN_WRITING","givenOn":"%s"}""".formatted(
                        purpose, mother, today.minusDays(3)));

        assertThat(given).hasStatus(HttpStatus.CREATED);
        assertThat(given).bodyJson().extractingPath("$.consents[0].current").isEqualTo(true);
        assertThat(given)
                .bodyJson()
                .extractingPath("$.consents[0].history[0].by")
                .isEqualTo(java.util.Map.of(
                        "onBehalf", true, "name", "Grace Okafor", "relationship", "mother", "personId", mother));
        assertThat(given)
                .bodyJson()
                .extractingPath("$.consents[0].history[0].wording.version")
                .isEqualTo(1);
        assertThat(given)
                .bodyJson()
                .extractingPath("$.consents[0].history[0].wording.text")
                .isEqualTo("I agree that photographs of my child may appear.");
        assertThat(given)
                .bodyJson()
                .extractingPath("$.consents[0].history[0].method")
                .isEqualTo("IN_WRITING");
        assertThat(given)
                .bodyJson()
                .extractingPath("$.consents[0].history[0].on")
                .isEqualTo(today.minusDays(3).toString());
        assertThat(isCurrent()).isTrue();
        assertThat(events.stream(ConsentGiven.class)
                        .filter(e -> e.person().value().toString().equals(child)))
                .singleElement()
                .satisfies(e -> assertThat(e.wordingVersion()).isEqualTo(1));
        List<String> audit = organisations.auditDetails(council.id(), "consent.given");
        assertThat(audit)
                .singleElement()
                .asString()
                .startsWith("SUCCESS:purpose: " + purpose)
                .contains("method: IN_WRITING", "on behalf: true", "wording version: 1")
                .doesNotContain("Grace", "mother");
    }

    @Test
    void aNewWordingIsANewVersionAndEachConsentKeepsTheVersionItWasGivenTo() {
        assertThat(api.giveByThePerson(practitioner, mother, purpose, today.toString()))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult revised = api.put(dpo, "/api/v1/consent-purposes/" + purpose, """
                {"name":"Photographs in the newsletter","wording":"I agree that photographs may appear in print and online."}""");
        assertThat(revised).hasStatus(HttpStatus.OK);
        assertThat(revised).bodyJson().extractingPath("$.wordings[0].version").isEqualTo(2);
        assertThat(revised)
                .bodyJson()
                .extractingPath("$.wordings[1].text")
                .isEqualTo("I agree that photographs of my child may appear.");
        assertThat(api.giveByThePerson(practitioner, child, purpose, today.toString()))
                .hasStatus(HttpStatus.CREATED);

        assertThat(api.get(practitioner, "/api/v1/people/" + mother + "/consents"))
                .bodyJson()
                .extractingPath("$.consents[0].history[0].wording.version")
                .isEqualTo(1);
        assertThat(api.get(practitioner, "/api/v1/people/" + child + "/consents"))
                .bodyJson()
                .extractingPath("$.consents[0].history[0].wording.text")
                .isEqualTo("I agree that photographs may appear in print and online.");
        MvcTestResult unknownVersion =
                api.post(practitioner, "/api/v1/people/" + mother + "/consents", """
                {"purposeId":"%s","wordingVersion":7,"givenBy":{"onBehalf":false},"method":"VERBALLY","givenOn":"%s"}""".formatted(purpose, today));
        assertThat(unknownVersion).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknownVersion)
                .bodyJson()
                .extractingPath("$.errors.wordingVersion")
                .isEqualTo("This purpose has no wording version 7; the current one is version 2");
    }

    @Test
    void withdrawalStopsProcessingThatReliesOnConsentAndTheHistoryIsKept() {
        api.giveByThePerson(practitioner, child, purpose, today.minusDays(10).toString());

        MvcTestResult withdrawn = api.withdraw(practitioner, child, purpose, today.toString());

        assertThat(withdrawn).hasStatus(HttpStatus.OK);
        assertThat(withdrawn).bodyJson().extractingPath("$.consents[0].current").isEqualTo(false);
        assertThat(isCurrent()).isFalse();
        assertThatThrownBy(() -> as(practitioner, () -> consents.requireCurrent(childId(), purposeId())))
                .isInstanceOf(ConsentNotGiven.class)
                .hasMessageContaining("cannot go ahead");
        assertThat(events.stream(ConsentWithdrawn.class)
                        .filter(e -> e.person().value().toString().equals(child)))
                .singleElement()
                .satisfies(e -> assertThat(e.withdrawnOn()).isEqualTo(today));
        assertThat(organisations.auditDetails(council.id(), "consent.withdrawn"))
                .singleElement()
                .asString()
                .startsWith("SUCCESS:purpose: " + purpose);
        assertThat(organisations.auditDetails(council.id(), "consent.required")).containsExactly("DENIED");

        api.giveByThePerson(practitioner, child, purpose, today.toString());
        MvcTestResult history = api.get(practitioner, "/api/v1/people/" + child + "/consents");
        List<String> kinds = value(history, "$.consents[0].history[*].kind");
        assertThat(kinds).containsExactly("GIVEN", "WITHDRAWN", "GIVEN");
        assertThat(isCurrent()).isTrue();
        as(practitioner, () -> consents.requireCurrent(childId(), purposeId()));
    }

    @Test
    void theHistoryCannotBeChangedOrDeletedByTheApplication() {
        api.giveByThePerson(practitioner, child, purpose, today.toString());
        for (String sql : new String[] {
            "update consent_events set method = 'EMAIL'",
            "delete from consent_events",
            "update consent_wordings set wording = 'Something else'"
        }) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                            tenancy.runAs(council.id(), () -> jdbc.sql(sql).update())))
                    .as(sql)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void consentCannotBeGivenTwiceWhileCurrentNorWithdrawnWhenNotGiven() {
        MvcTestResult notGiven = api.withdraw(practitioner, child, purpose, today.toString());
        assertThat(notGiven).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(notGiven)
                .bodyJson()
                .extractingPath("$.errors.purposeId")
                .isEqualTo("Consent to Photographs in the newsletter is not given, so it cannot be withdrawn");

        api.giveByThePerson(practitioner, child, purpose, today.toString());
        MvcTestResult twice = api.giveByThePerson(dpo, child, purpose, today.toString());
        assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(twice)
                .bodyJson()
                .extractingPath("$.errors.purposeId")
                .isEqualTo("Consent to Photographs in the newsletter is already given."
                        + " Withdraw it before recording it again");

        api.withdraw(practitioner, child, purpose, today.toString());
        assertThat(api.withdraw(dpo, child, purpose, today.toString())).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> kinds =
                value(api.get(dpo, "/api/v1/people/" + child + "/consents"), "$.consents[0].history[*].kind");
        assertThat(kinds).containsExactly("WITHDRAWN", "GIVEN");
    }

    @Test
    void badInputIsRefusedWithAMessageForEachFieldAndNothingIsWritten() {
        MvcTestResult empty = api.post(
                practitioner, "/api/v1/people/" + child + "/consents", """
                {"purposeId":"%s","givenBy":{"onBehalf":true},"givenOn":"%s"}""".formatted(purpose, today.plusDays(1)));

        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(empty)
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(java.util.Map.of(
                        "byName", "Enter the name of the person who acted on their behalf",
                        "byRelationship", "Enter their relationship to the person, like mother or foster carer",
                        "method", "Select how consent was given",
                        "date", "The date consent was given must be today or in the past"));
        assertThat(api.post(practitioner, "/api/v1/people/" + child + "/consents", """
                        {"givenBy":{"onBehalf":false},"method":"VERBALLY","givenOn":"%s"}""".formatted(today)))
                .bodyJson()
                .extractingPath("$.errors.purposeId")
                .isEqualTo("Select what the person consented to");
        assertThat(api.post(practitioner, "/api/v1/people/" + child + "/consents", """
                        {"purposeId":"%s","givenBy":{"onBehalf":false},"method":"SMOKE_SIGNAL","givenOn":"%s"}""".formatted(purpose, today)))
                .hasStatus(HttpStatus.BAD_REQUEST);

        api.giveByThePerson(practitioner, child, purpose, today.minusDays(2).toString());
        MvcTestResult early =
                api.withdraw(practitioner, child, purpose, today.minusDays(5).toString());
        assertThat(early).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(early)
                .bodyJson()
                .extractingPath("$.errors.date")
                .asString()
                .startsWith("The date consent was withdrawn must be on or after the date it was given");
        List<String> kinds =
                value(api.get(dpo, "/api/v1/people/" + child + "/consents"), "$.consents[0].history[*].kind");
        assertThat(kinds).containsExactly("GIVEN");
    }

    @Test
    void purposesNeedANameAndWordingAndNamesAreUnique() {
        MvcTestResult empty = api.post(dpo, "/api/v1/consent-purposes", "{}");
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(empty)
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(java.util.Map.of(
                        "name", "Enter the name of the purpose",
                        "wording", "Enter the wording the person is shown when asked for consent"));
        assertThat(api.post(dpo, "/api/v1/consent-purposes", """
                        {"name":"photographs IN THE newsletter","wording":"Again"}"""))
                .bodyJson()
                .extractingPath("$.errors.name")
                .isEqualTo("There is already a purpose called photographs IN THE newsletter; choose another name");
        assertThat(organisations.auditDetails(council.id(), "consent-purpose.defined"))
                .containsExactly("SUCCESS:wording version: 1");
    }

    @Test
    void aPractitionerWhoCannotSeeThePersonIsToldItIsNotFoundButTheDpoSeesEveryone() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);

        assertThat(api.get(colleague, "/api/v1/people/" + child + "/consents")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.giveByThePerson(colleague, child, purpose, today.toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(dpo, "/api/v1/people/" + child + "/consents")).hasStatus(HttpStatus.OK);
        assertThat(organisations.auditDetails(council.id(), "consent.viewed")).contains("DENIED");
    }

    private boolean isCurrent() {
        return as(practitioner, () -> consents.isCurrent(childId(), purposeId()));
    }

    private PersonId childId() {
        return new PersonId(UUID.fromString(child));
    }

    private ConsentPurposeId purposeId() {
        return new ConsentPurposeId(UUID.fromString(purpose));
    }

    private static <T> T as(TestUser user, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void as(TestUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
