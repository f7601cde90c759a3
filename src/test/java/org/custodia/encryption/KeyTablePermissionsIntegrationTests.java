package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the database refuses the runtime role on the key tables, whatever the code above it does. */
@CustodiaTest
class KeyTablePermissionsIntegrationTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    OrganisationId a;
    OrganisationId b;
    DataSubjectId child;

    @BeforeEach
    void keysInTwoOrganisations() {
        a = organisations.organisation().id();
        b = organisations.organisation().id();
        child = DataSubjectId.random();
        FieldRef place = FieldRef.of("health_notes", "body", UUID.randomUUID());
        in(a, () -> fields.encrypt(child, place, "note in A"));
        in(b, () -> fields.encrypt(DataSubjectId.random(), place, "note in B"));
    }

    <T> T in(OrganisationId organisation, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(organisation, work));
    }

    List<UUID> organisationsVisibleIn(String table, OrganisationId context) {
        return in(
                context,
                () -> jdbc.sql("select organisation_id from " + table)
                        .query(UUID.class)
                        .list());
    }

    int update(OrganisationId context, String sql) {
        return in(context, () -> jdbc.sql(sql).param("subject", child.value()).update());
    }

    @Test
    void anOrganisationSeesNoKeyRowOfAnother() {
        for (String table : List.of("organisation_keys", "subject_keys")) {
            assertThat(organisationsVisibleIn(table, b)).isNotEmpty().containsOnly(b.value());
            assertThat(organisationsVisibleIn(table, a)).isNotEmpty().containsOnly(a.value());
            assertThat(organisationsVisibleIn(table, null))
                    .as("no organisation")
                    .isEmpty();
        }
    }

    @Test
    void anotherOrganisationCannotDestroyAKeyItCannotSee() {
        assertThat(update(
                        b,
                        "update subject_keys set sealed_keyset = null, destroyed_at = now()"
                                + " where subject_id = :subject"))
                .isZero();
        assertThat(in(a, () -> fields.isErased(child))).isFalse();
    }

    @Test
    void aKeyRowCannotBeWrittenIntoAnotherOrganisation() {
        assertThatThrownBy(() -> in(
                        b,
                        () -> jdbc.sql("insert into subject_keys (organisation_id, subject_id,"
                                        + " sealed_keyset, created_at) values (:a, gen_random_uuid(), '\\x00', now())")
                                .param("a", a.value())
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void aLiveKeyCannotBeReplacedNorADestroyedOneRevived() {
        assertThatThrownBy(
                        () -> update(a, "update subject_keys set sealed_keyset = '\\x00' where subject_id = :subject"))
                .rootCause()
                .hasMessageContaining("can only be destroyed");

        in(a, () -> {
            fields.destroySubjectKey(child);
            return null;
        });
        assertThatThrownBy(() -> update(
                        a,
                        "update subject_keys set sealed_keyset = '\\x00', destroyed_at = null"
                                + " where subject_id = :subject"))
                .rootCause()
                .hasMessageContaining("can only be destroyed");
    }

    @Test
    void keysCannotBeDeletedAndOnlyASubjectKeysDestructionColumnsChange() {
        for (String sql : List.of(
                "delete from subject_keys where subject_id = :subject",
                "delete from organisation_keys where :subject is not null",
                "update organisation_keys set sealed_keyset = '\\x00' where :subject is not null",
                "update subject_keys set created_at = now() where subject_id = :subject",
                "update subject_keys set subject_id = gen_random_uuid() where subject_id = :subject")) {
            assertThatThrownBy(() -> update(a, sql))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }
}
