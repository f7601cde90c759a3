package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Keys remembered within a transaction never outlive the rows they came from. */
@CustodiaTest
class KeyCacheIntegrationTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestOrganisations organisations;

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
}
