package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.personaldata.Erasure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
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

/**
 * Erasing people a set at a time (as disposal does) does what erasing each would: keys destroyed, rows
 * and relationships gone, one audit entry each, and a person still the child of a kept case kept with
 * the reason.
 */
@CustodiaTest
class PeopleSetErasureIntegrationTests {

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
    FieldEncryption encryption;

    @Test
    void erasesEveryPersonOfTheSetExceptTheChildOfAKeptCase() {
        CaseworkApi api = new CaseworkApi(mvc);
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String mother = api.child(practitioner, "Ann", "Birch", "1980-02-03");
        String son = api.child(practitioner, "Tom", "Birch", "2012-05-06");
        String kept = api.child(practitioner, "Ivy", "Holt", "2013-07-08");
        api.openCase(practitioner, "LOOKED_AFTER_CHILD", kept);
        assertThat(api.post(practitioner, "/api/v1/people/" + mother + "/relationships", """
                        {"kind":"PARENT","relatedPersonId":"%s"}""".formatted(son)))
                .hasStatusOk();
        for (String person : List.of(mother, son)) {
            inCouncil(
                    council,
                    () -> encryption.encrypt(
                            subject(person), new FieldRef("people", "note", person), "encrypted under their own key"));
        }

        ErasureOutcome outcome = inCouncil(
                council,
                () -> erasure.eraseAll(
                        List.of(subject(mother), subject(son), subject(kept)),
                        new ErasureDecision(ErasureDecision.Basis.RETENTION_PERIOD_ENDED, UUID.randomUUID())));

        assertThat(outcome.kept())
                .filteredOn(reason -> !reason.startsWith("audit trail"))
                .singleElement()
                .asString()
                .contains(kept)
                .contains("child of case");
        assertThat(count(council, "select count(*) from people where id in ('%s', '%s')".formatted(mother, son)))
                .isZero();
        assertThat(count(council, "select count(*) from people where id = '%s'".formatted(kept)))
                .isEqualTo(1);
        assertThat(count(council, "select count(*) from relationships")).isZero();
        assertThat(inCouncil(council, () -> encryption.isErased(subject(mother)) && encryption.isErased(subject(son))))
                .isTrue();
        assertThat(inCouncil(council, () -> encryption.isErased(subject(kept)))).isFalse();
        assertThat(count(
                        council,
                        "select count(*) from audit_entries where action = 'person.erased' and object_id in ('%s', '%s')"
                                .formatted(mother, son)))
                .isEqualTo(2);
        assertThat(api.get(practitioner, "/api/v1/people/" + son)).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static DataSubjectId subject(String id) {
        return new DataSubjectId(UUID.fromString(id));
    }

    private <T> T inCouncil(TestOrganisation council, java.util.function.Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(council.id(), work::get));
    }

    private long count(TestOrganisation organisation, String sql) {
        return inCouncil(organisation, () -> jdbc.sql(sql).query(Long.class).single());
    }
}
