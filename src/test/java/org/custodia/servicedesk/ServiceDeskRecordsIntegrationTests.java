package org.custodia.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.servicedesk.ServiceDeskSteps.get;
import static org.custodia.servicedesk.ServiceDeskSteps.post;
import static org.custodia.servicedesk.ServiceDeskSteps.raised;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.platform.Tenancy;
import org.custodia.retention.DueRecord;
import org.custodia.retention.EndAction;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.StartEvent;
import org.custodia.servicedesk.ServiceDeskSteps.Operator;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** Support requests in the user's subject access export, erased on request, and disposed of under the schedule. */
@CustodiaTest
class ServiceDeskRecordsIntegrationTests {

    private static final RetentionRule TWO_YEARS = new RetentionRule(
            UUID.randomUUID(),
            RecordKind.SERVICE_CONTACT_RECORD,
            2,
            StartEvent.LAST_CONTACT,
            null,
            EndAction.DESTROY,
            "test");

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
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    List<RetainedRecords> retained;

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
    void theUsersOwnExportAndTheirSubjectAccessResponseHoldTheirRequests() {
        UUID id = raised(mvc, practitioner.authentication(), "Export question", "How do I export a letter?");
        post(mvc, desk.authentication(), "/operator/service-desk/" + id + "/reply", "message", "Use Download");

        assertThat(get(mvc, practitioner.authentication(), "/support/your-records"))
                .hasStatusOk()
                .bodyText()
                .contains("Export question", "How do I export a letter?", "Use Download", "The service desk");
        assertThat(organisations.auditDetails(council.id(), "servicedesk.records.exported"))
                .hasSize(1);
        List<HeldRecord> exported = inCouncil(
                () -> holder().export(new DataSubjectId(practitioner.id().value())));
        assertThat(exported)
                .extracting(HeldRecord::category)
                .containsExactly("Service desk requests", "Service desk messages", "Service desk messages");
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        assertThat(inCouncil(
                        () -> holder().export(new DataSubjectId(colleague.id().value()))))
                .isEmpty();
    }

    @Test
    void erasureRemovesTheRequestsWithTheirThreads() {
        raised(mvc, practitioner.authentication(), "Erase me", "Please");
        var subject = new DataSubjectId(practitioner.id().value());
        var removed = inCouncil(() ->
                holder().erase(subject, new ErasureDecision(ErasureDecision.Basis.ERASURE_REQUEST, UUID.randomUUID())));
        assertThat(removed.rowsRemoved()).isEqualTo(1);
        assertThat(inCouncil(() -> jdbc.sql("select count(*) from support_messages m join support_requests r"
                                + " on r.id = m.request_id where r.user_id = :u")
                        .param("u", practitioner.id().value())
                        .query(Integer.class)
                        .single()))
                .isZero();
    }

    @Test
    void onlyFinishedRequestsPastTheirPeriodAreDueAndDestroyingRemovesThem() {
        UUID finished = raised(mvc, practitioner.authentication(), "Old", "Finished long ago");
        UUID open = raised(mvc, practitioner.authentication(), "Still open", "Ongoing");
        post(mvc, desk.authentication(), "/operator/service-desk/" + finished + "/status", "status", "CLOSED");
        RetainedRecords contacts = retained.stream()
                .filter(r -> r.kinds().contains(RecordKind.SERVICE_CONTACT_RECORD))
                .findFirst()
                .orElseThrow();
        LocalDate inThreeYears = LocalDate.now().plusYears(3);

        assertThat(inCouncil(() -> contacts.due(TWO_YEARS, LocalDate.now(), null, 10)))
                .isEmpty();
        List<DueRecord> due = inCouncil(() -> contacts.due(TWO_YEARS, inThreeYears, null, 10));
        assertThat(due).extracting(DueRecord::recordId).containsExactly(finished);
        assertThat(due.get(0).subjectId()).isEqualTo(practitioner.id().value());
        assertThat(inCouncil(() -> contacts.countDue(TWO_YEARS, inThreeYears))).isEqualTo(1);

        inCouncil(() -> {
            contacts.destroy(
                    due.get(0), new ErasureDecision(ErasureDecision.Basis.RETENTION_PERIOD_ENDED, TWO_YEARS.id()));
            return null;
        });
        assertThat(inCouncil(() -> jdbc.sql("select id from support_requests where user_id = :u")
                        .param("u", practitioner.id().value())
                        .query(UUID.class)
                        .list()))
                .containsExactly(open);
    }

    private PersonalDataHolder holder() {
        return holders.stream()
                .filter(h -> h.tables().contains("support_requests"))
                .findFirst()
                .orElseThrow();
    }

    private <T> T inCouncil(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(council.id(), work));
    }
}
