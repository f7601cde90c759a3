package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.StatementCounter;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opened keys are kept across transactions, yet never outlive the rows they came from: a key
 * destroyed by any path, even one that never told this node's cache, is not used again.
 */
@CustodiaTest
@Import(StatementCounter.class)
class KeyCacheIntegrationTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter counter;

    <T> T in(OrganisationId organisation, Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> tenancy.callAs(organisation, work));
    }

    @Test
    void aKeyMadeInARolledBackSavepointIsNotUsedAfterwards() {
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId child = DataSubjectId.random();
        FieldRef place = FieldRef.of("health_notes", "body", UUID.randomUUID());
        TransactionTemplate savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        byte[] kept = in(organisation, () -> {
            savepoint.executeWithoutResult(status -> {
                fields.encrypt(child, place, "discarded, and both new keys with it");
                status.setRollbackOnly();
            });
            return fields.encrypt(child, place, "kept");
        });

        assertThat(in(organisation, () -> fields.decrypt(child, place, kept))).isEqualTo("kept");
    }

    @Test
    void aKeyOpenedInOneTransactionIsNotUnwrappedAgainInTheNext() {
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId child = DataSubjectId.random();
        FieldRef place = FieldRef.of("health_notes", "body", UUID.randomUUID());
        byte[] value = in(organisation, () -> fields.encrypt(child, place, "note"));
        in(organisation, () -> fields.decrypt(child, place, value));

        StatementCounter.Counted<String> again = counter.count(() -> in(organisation, () -> {
            fields.decrypt(child, place, value);
            return fields.decrypt(child, place, value);
        }));

        assertThat(again.result()).isEqualTo("note");
        // The subject's key row, once; never the organisation's key row.
        assertThat(again.counts().roundTrips() - emptyTransaction(organisation)).isOne();
    }

    @Test
    void aKeyReadWithTheValuesNeedsNoStatementOfItsOwn() {
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId child = DataSubjectId.random();
        FieldRef place = FieldRef.of("health_notes", "body", UUID.randomUUID());
        byte[] value = in(organisation, () -> fields.encrypt(child, place, "note"));

        StatementCounter.Counted<String> read = counter.count(() -> in(organisation, () -> {
            fields.useKey(child, storedKey(child));
            return fields.decrypt(child, place, value);
        }));

        assertThat(read.result()).isEqualTo("note");
        // The caller's own query alone: decrypting reads no key row.
        assertThat(read.counts().roundTrips() - emptyTransaction(organisation)).isOne();
    }

    @Test
    void aKeyDestroyedBehindTheCachesBackIsRefusedWhenReadWithTheValues() throws Exception {
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId child = DataSubjectId.random();
        FieldRef place = FieldRef.of("health_notes", "body", UUID.randomUUID());
        byte[] value = in(organisation, () -> fields.encrypt(child, place, "note"));
        assertThat(in(organisation, () -> {
                    fields.useKey(child, storedKey(child));
                    return fields.decrypt(child, place, value);
                }))
                .isEqualTo("note");

        destroyAsAnotherNodeWould(organisation, child);

        assertThatThrownBy(() -> in(organisation, () -> fields.useKey(child, storedKey(child))))
                .isInstanceOf(ErasedSubject.class);
        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, place, value)))
                .isInstanceOf(ErasedSubject.class);
    }

    @Test
    void aSubjectWithoutAKeyHasNothingReadable() {
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId stranger = DataSubjectId.random();

        assertThat(in(organisation, () -> fields.useKey(stranger, storedKey(stranger))))
                .isFalse();
    }

    /** What a transaction that does nothing sends: telling the organisation, switching, committing. */
    private int emptyTransaction(OrganisationId organisation) {
        return counter.count(() -> in(organisation, () -> null)).counts().roundTrips();
    }

    private StoredSubjectKey storedKey(DataSubjectId subject) {
        return StoredSubjectKey.of(jdbc.sql("select " + StoredSubjectKey.column(":subject"))
                .param("subject", subject.value())
                .query((row, n) -> row.getBytes(1))
                .list()
                .get(0));
    }

    /** Straight in the database, as another node or a restored script would: this node's cache hears nothing. */
    private void destroyAsAnotherNodeWould(OrganisationId organisation, DataSubjectId subject) throws Exception {
        try (Connection owner = database.owner();
                PreparedStatement destroy = owner.prepareStatement("update subject_keys set sealed_keyset = null,"
                        + " destroyed_at = now() where organisation_id = ? and subject_id = ?")) {
            destroy.setObject(1, organisation.value());
            destroy.setObject(2, subject.value());
            assertThat(destroy.executeUpdate()).isOne();
        }
    }
}
