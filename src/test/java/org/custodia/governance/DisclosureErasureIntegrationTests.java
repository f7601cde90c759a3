package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.custodia.personaldata.Erasure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** An erased person leaves the disclosure register; disclosures that concerned others stay for them. */
@CustodiaTest
class DisclosureErasureIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    Erasure erasure;

    @Autowired
    java.time.Clock clock;

    @Test
    void erasingAPersonRemovesThemFromEveryDisclosureAndNothingElse() {
        SharingApi api = new SharingApi(mvc, clock);
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String police = api.recipient(dpo, "County police", "POLICE");
        String lily = api.child(practitioner, "Lily");
        String rose = api.child(practitioner, "Rose");
        api.openCase(practitioner, lily);
        api.openCase(practitioner, rose);
        assertThat(api.withoutConsent(
                        practitioner, lily, police, practitioner.id().value()))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.post(practitioner, "/api/v1/people/" + lily + "/disclosures", """
                        {"recipient":"%s","disclosedOn":"%s","dataShared":"Both sisters' names","method":"Court bundle",
                         "basis":"STATUTORY","statutoryBasis":"Court order 2026/17","otherPeople":["%s"]}""".formatted(
                                police, api.today(), rose)))
                .hasStatus(HttpStatus.CREATED);

        transactions.executeWithoutResult(status -> tenancy.runAs(
                council.id(),
                () -> erasure.erase(
                        new DataSubjectId(UUID.fromString(lily)),
                        new ErasureDecision(ErasureDecision.Basis.ERASURE_REQUEST, UUID.randomUUID()))));

        assertThat(count(council, "select count(*) from disclosure_subjects where person_id = '" + lily + "'"))
                .isZero();
        assertThat(count(council, "select count(*) from disclosures where basis = 'WITHOUT_CONSENT_RISK'"))
                .as("the disclosure about Lily alone went, with its follow-up")
                .isZero();
        assertThat(count(council, "select count(*) from disclosure_follow_ups")).isZero();
        assertThat(count(council, "select count(*) from disclosure_subjects where person_id = '" + rose + "'"))
                .as("the court disclosure stays for Rose")
                .isEqualTo(1);
        assertThat(api.get(practitioner, "/api/v1/people/" + rose + "/disclosures"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].basis")
                .isEqualTo("STATUTORY");
    }

    private long count(TestOrganisation organisation, String sql) {
        return transactions.execute(status -> tenancy.callAs(
                organisation.id(), () -> jdbc.sql(sql).query(Long.class).single()));
    }
}
