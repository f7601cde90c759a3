package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.internal.DisposalSweep;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** A request file under the retention schedule, and the rights module as a holder of data about people. */
@CustodiaTest
class RequestFileRecordsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestClock clock;

    @Autowired
    DisposalSweep sweep;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    ResponseSteps steps;
    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    String jayden;
    String closed;
    String open;

    @BeforeEach
    void aClosedAndAnOpenRequestAboutAChild() {
        steps = new ResponseSteps(mvc);
        api = steps.api();
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        jayden = steps.childWithAFlaggedNote(practitioner);
        LocalDate today = UkCalendar.today(clock);
        closed = steps.readyRequest(dpo, "ACCESS", "POST", "dana@example.net", jayden, today);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + closed + "/redactions", """
                        {"recordId":"%s","exemption":"THIRD_PARTY","note":"About the mother"}""".formatted(
                                steps.flaggedRecord(dpo, closed))))
                .hasStatus(org.springframework.http.HttpStatus.CREATED);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + closed + "/response", "{}"))
                .hasStatusOk();
        open = steps.readyRequest(dpo, "ERASURE", "POST", "dana@example.net", jayden, today);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClosedRequestFileIsDestroyedWithItsKeyTwoYearsAfterClosingAndAnOpenOneStays() {
        assertThat(steps.form(dpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
        sweep.sweep(council.id(), dpo.actor());
        assertThat(rows("rights_requests", "id", closed)).isOne();

        clock.advance(Duration.ofDays(2 * 366 + 1));
        sweep.sweep(council.id(), dpo.actor());

        for (String table : List.of(
                "rights_request_matches",
                "rights_request_redactions",
                "rights_request_responses",
                "rights_request_history",
                "rights_request_pauses")) {
            assertThat(rows(table, "request_id", closed)).as(table).isZero();
        }
        assertThat(rows("rights_requests", "id", closed)).isZero();
        assertThat(in(() -> encryption.isErased(new RightsRequestId(UUID.fromString(closed)).keyHolder())))
                .isTrue();
        assertThat(rows("rights_requests", "id", open)).isOne();
        assertThat(rows("rights_request_matches", "request_id", open)).isOne();
    }

    @Test
    void thePersonsRequestsAreExportedAndErasureKeepsOnlyWhatAnOpenRequestNeeds() {
        PersonalDataHolder requests = holders.stream()
                .filter(h -> h.tables().contains("rights_request_matches"))
                .findFirst()
                .orElseThrow();
        DataSubjectId child = DataSubjectId.of(jayden);

        List<HeldRecord> exported = in(() -> requests.export(child));
        assertThat(exported)
                .extracting(r -> r.fields().get("Kind") + " / " + r.fields().get("Status"))
                .containsExactlyInAnyOrder(
                        RequestKind.ACCESS.label() + " / Closed", RequestKind.ERASURE.label() + " / In progress");
        assertThat(exported).allSatisfy(r -> assertThat(r.fields()).doesNotContainValue("Dana Smith"));

        ErasureOutcome outcome = in(() -> requests.erase(
                child, new ErasureDecision(ErasureDecision.Basis.ERASURE_REQUEST, UUID.fromString(open))));
        assertThat(outcome.rowsRemoved()).isGreaterThanOrEqualTo(2);
        assertThat(outcome.kept()).singleElement().asString().contains("an open request still needs it");
        assertThat(rows("rights_request_matches", "request_id", closed)).isZero();
        assertThat(rows("rights_request_redactions", "request_id", closed)).isZero();
        assertThat(rows("rights_request_matches", "request_id", open)).isOne();
    }

    private long rows(String table, String column, String id) {
        return in(() -> jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single());
    }

    private <T> T in(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(council.id(), work));
    }
}
