package org.custodia.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.servicedesk.ServiceDeskSteps.get;
import static org.custodia.servicedesk.ServiceDeskSteps.post;
import static org.custodia.servicedesk.ServiceDeskSteps.raise;
import static org.custodia.servicedesk.ServiceDeskSteps.raised;

import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.servicedesk.ServiceDeskSteps.Operator;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who reaches a support request: its requester and the desk, nobody else; an operator reaches no case
 * data through the desk; replies, status and redaction, each audited in the organisation's trail.
 */
@CustodiaTest
class ServiceDeskIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestDatabase database;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation council;
    TestUser practitioner;
    Operator desk;

    @BeforeEach
    void aPractitionerAndTheDesk() {
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        desk = new ServiceDeskSteps(operators, hashing, transactions).operator();
    }

    @Test
    void onlyTheRequesterAndTheDeskReachARequest() {
        UUID id = raised(mvc, practitioner.authentication(), "Cannot print", "The print button does nothing");
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        TestUser administrator = organisations.administrator(council);
        TestOrganisation other = organisations.organisation();
        TestUser stranger = organisations.user(other, Role.ORGANISATION_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);

        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests/" + id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.messages[0].body")
                .isEqualTo("The print button does nothing");
        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests"))
                .hasStatusOk()
                .bodyText()
                .contains("Cannot print");
        for (TestUser other_ : new TestUser[] {colleague, administrator, stranger}) {
            assertThat(get(mvc, other_.authentication(), "/api/v1/support-requests/" + id))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(get(mvc, other_.authentication(), "/support/requests/" + id))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(post(mvc, other_.authentication(), "/support/requests/" + id + "/reply", "message", "Me too"))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(get(mvc, other_.authentication(), "/api/v1/support-requests"))
                    .bodyText()
                    .doesNotContain("Cannot print");
        }
        assertThat(get(mvc, stranger.authentication(), "/operator/service-desk"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, stranger.authentication(), "/operator/service-desk/" + id))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(organisations.auditDetails(council.id(), "servicedesk.request.read"))
                .isNotEmpty();
    }

    @Test
    void theDeskSeesTheRequestAndWhoAskedButReachesNoCaseData() {
        UUID id = raised(mvc, practitioner.authentication(), "Slow search", "Search takes a minute");

        assertThat(get(mvc, desk.authentication(), "/operator/service-desk"))
                .hasStatusOk()
                .bodyText()
                .contains("Slow search", "Test council " + council.code());
        assertThat(get(mvc, desk.authentication(), "/operator/service-desk/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("Search takes a minute", practitioner.email());
        // One read by the user (the API gives the raised request back), one by the desk, in the council's trail.
        assertThat(organisations.auditDetails(council.id(), "servicedesk.request.read"))
                .hasSize(2);
        // The desk's own pages are all an operator has: case pages and the user's own API refuse them.
        assertThat(get(mvc, desk.authentication(), "/cases")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, desk.authentication(), "/api/v1/support-requests/" + id))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, desk.authentication(), "/operator/service-desk/" + UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theQueueFunctionGivesAnOrganisationsUserNothing() {
        raised(mvc, practitioner.authentication(), "Queue check", "Anything");
        Integer seen = transactions.execute(status -> {
            return organisationsTenancy(() -> jdbc.sql("select count(*) from service_desk_queue()")
                    .query(Integer.class)
                    .single());
        });
        assertThat(seen).isZero();
    }

    private Integer organisationsTenancy(java.util.function.Supplier<Integer> work) {
        return tenancy.callAs(council.id(), work);
    }

    @Autowired
    org.custodia.platform.Tenancy tenancy;

    @Test
    void theDeskRepliesTheUserAnswersAndTheStatusFollows() {
        UUID id = raised(mvc, practitioner.authentication(), "Locked out", "My code does not work");

        assertThat(post(mvc, desk.authentication(), "/operator/service-desk/" + id + "/reply", "message", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter your reply");
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        "/operator/service-desk/" + id + "/reply",
                        "message",
                        "Ask your administrator to reset your two-factor authentication"))
                .hasStatus3xxRedirection();
        assertThat(get(mvc, practitioner.authentication(), "/support/requests/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("reset your two-factor authentication", "Waiting for the user");
        assertThat(post(mvc, practitioner.authentication(), "/support/requests/" + id + "/reply", "message", "Thanks"))
                .hasStatus3xxRedirection();
        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests/" + id))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("OPEN");
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        "/operator/service-desk/" + id + "/status",
                        "status",
                        "RESOLVED",
                        "assignToMe",
                        "true"))
                .hasStatus3xxRedirection();
        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests/" + id))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("RESOLVED");
        assertThat(organisations.auditDetails(council.id(), "servicedesk.request.replied"))
                .containsExactly("SUCCESS:by the desk", "SUCCESS:by the user");
        assertThat(organisations.auditDetails(council.id(), "servicedesk.request.updated"))
                .containsExactly("SUCCESS:status RESOLVED, assigned");
    }

    @Test
    void aRedactionDestroysTheTextAndTheAuditSaysWhyNotWhat() throws Exception {
        UUID id = raised(mvc, practitioner.authentication(), "Wrong age", "Jamie Smith born 3 4 2015 shows as 40");
        String message = transactions.execute(s -> tenancy.callAs(
                council.id(),
                () -> jdbc.sql("select id from support_messages where request_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single()));
        String redact = "/operator/service-desk/" + id + "/messages/" + message + "/redact";

        assertThat(post(mvc, desk.authentication(), redact, "text", "Jamie Smith born 3 4 2015"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select why you are redacting it");
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        redact,
                        "text",
                        "Jamie Smith born 3 4 2015",
                        "reason",
                        "CHILD_PERSONAL_DATA"))
                .hasStatus3xxRedirection();

        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests/" + id))
                .bodyJson()
                .extractingPath("$.messages[0].body")
                .asString()
                .startsWith("[redacted by the service desk on ")
                .endsWith("] shows as 40");
        try (var owner = database.owner();
                var rows = owner.createStatement()
                        .executeQuery("select count(*) from support_messages where body like '%Jamie%'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the original is not kept anywhere").isZero();
        }
        assertThat(organisations.auditDetails(council.id(), "servicedesk.message.redacted"))
                .singleElement()
                .asString()
                .contains("reason CHILD_PERSONAL_DATA")
                .doesNotContain("Jamie");
    }

    @Test
    void badInputGetsAnErrorSummaryOnThePageAndAProblemInTheApi() {
        assertThat(post(mvc, practitioner.authentication(), "/support/new", "subject", "", "description", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter what you need help with", "Describe the problem");
        assertThat(raise(mvc, practitioner.authentication(), "", "x"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter what you need help with");
    }

    @Test
    void anOperatorRecordsAPhoneCallAsARequestOfThatUser() {
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        "/operator/service-desk/contacts/new",
                        "organisationCode",
                        council.code(),
                        "email",
                        practitioner.email(),
                        "channel",
                        "PHONE",
                        "contactDetails",
                        "01632 960 001",
                        "subject",
                        "Password reset",
                        "summary",
                        "Called to ask how to reset their password"))
                .hasStatus3xxRedirection();
        assertThat(get(mvc, practitioner.authentication(), "/api/v1/support-requests"))
                .bodyText()
                .contains("Password reset", "PHONE", "01632 960 001");
        TestOrganisation other = organisations.organisation();
        assertThat(post(
                        mvc,
                        desk.authentication(),
                        "/operator/service-desk/contacts/new",
                        "organisationCode",
                        other.code(),
                        "email",
                        practitioner.email(),
                        "channel",
                        "EMAIL",
                        "contactDetails",
                        "x@example.org",
                        "subject",
                        "S",
                        "summary",
                        "T"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter the email address of a user of that organisation");
    }
}
