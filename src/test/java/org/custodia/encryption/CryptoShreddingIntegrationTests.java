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
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Destroying a subject's key erases every value of theirs, and only theirs, for good. */
@CustodiaTest
@RecordApplicationEvents
class CryptoShreddingIntegrationTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    @Autowired
    ApplicationEvents events;

    OrganisationId organisation;
    DataSubjectId child;
    DataSubjectId sibling;
    FieldRef place;

    @BeforeEach
    void twoChildrenOfOneOrganisation() {
        organisation = organisations.organisation().id();
        child = DataSubjectId.random();
        sibling = DataSubjectId.random();
        place = FieldRef.of("health_notes", "body", UUID.randomUUID());
    }

    <T> T in(OrganisationId organisation, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(organisation, work));
    }

    void destroy(OrganisationId organisation, DataSubjectId subject) {
        in(organisation, () -> {
            fields.destroySubjectKey(subject);
            return null;
        });
    }

    @Test
    void destroyingAKeyMakesThatSubjectsValuesUnreadableAndLeavesOthersReadable() {
        byte[] childsValue = in(organisation, () -> fields.encrypt(child, place, "child's note"));
        byte[] siblingsValue = in(organisation, () -> fields.encrypt(sibling, place, "sibling's note"));

        destroy(organisation, child);

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, place, childsValue)))
                .isInstanceOf(ErasedSubject.class)
                .hasMessageContaining(child.toString());
        assertThat(in(organisation, () -> fields.decrypt(sibling, place, siblingsValue)))
                .isEqualTo("sibling's note");
        assertThat(in(organisation, () -> fields.isErased(child))).isTrue();
        assertThat(in(organisation, () -> fields.isErased(sibling))).isFalse();
    }

    @Test
    void nothingNewCanBeEncryptedForAnErasedSubject() {
        in(organisation, () -> fields.encrypt(child, place, "before"));
        destroy(organisation, child);

        assertThatThrownBy(() -> in(organisation, () -> fields.encrypt(child, place, "after")))
                .isInstanceOf(ErasedSubject.class);
    }

    @Test
    void aSubjectWithNoKeyYetCanBeErasedAndGetsNoKeyAfterwards() {
        destroy(organisation, child);

        assertThat(in(organisation, () -> fields.isErased(child))).isTrue();
        assertThatThrownBy(() -> in(organisation, () -> fields.encrypt(child, place, "after")))
                .isInstanceOf(ErasedSubject.class);
    }

    @Test
    void destroyingPublishesOneEventHoweverOftenItIsRepeated() {
        in(organisation, () -> fields.encrypt(child, place, "note"));

        destroy(organisation, child);
        destroy(organisation, child);

        assertThat(events.stream(SubjectKeyDestroyed.class)).singleElement().satisfies(event -> {
            assertThat(event.organisation()).isEqualTo(organisation);
            assertThat(event.subject()).isEqualTo(child);
            assertThat(event.destroyedAt()).isNotNull();
        });
    }

    @Test
    void aKeyOpenedEarlierInTheSameTransactionIsNotUsedAfterItIsDestroyed() {
        byte[] value = in(organisation, () -> fields.encrypt(child, place, "note"));

        assertThatThrownBy(() -> in(organisation, () -> {
                    assertThat(fields.decrypt(child, place, value)).isEqualTo("note");
                    fields.destroySubjectKey(child);
                    return fields.decrypt(child, place, value);
                }))
                .isInstanceOf(ErasedSubject.class);
    }

    @Test
    void aKeyDestroyedByAnotherNodeIsNotUsedByTheNextTransaction() throws Exception {
        byte[] value = in(organisation, () -> fields.encrypt(child, place, "note"));
        assertThat(in(organisation, () -> fields.decrypt(child, place, value))).isEqualTo("note");

        try (Connection owner = database.owner();
                PreparedStatement destroy = owner.prepareStatement("update subject_keys set sealed_keyset = null,"
                        + " destroyed_at = now() where organisation_id = ? and subject_id = ?")) {
            destroy.setObject(1, organisation.value());
            destroy.setObject(2, child.value());
            assertThat(destroy.executeUpdate()).isOne();
        }

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, place, value)))
                .isInstanceOf(ErasedSubject.class);
    }

    @Test
    void erasingASubjectInOneOrganisationLeavesTheSameIdInAnotherAlone() {
        OrganisationId other = organisations.organisation().id();
        byte[] othersValue = in(other, () -> fields.encrypt(child, place, "other organisation's note"));

        destroy(organisation, child);

        assertThat(in(other, () -> fields.decrypt(child, place, othersValue))).isEqualTo("other organisation's note");
        assertThat(in(other, () -> fields.isErased(child))).isFalse();
    }
}
