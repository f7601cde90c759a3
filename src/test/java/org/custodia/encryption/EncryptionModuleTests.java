package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The encryption module started on its own, with only the platform beneath it (the database, tenancy, the clock): the
 * key hierarchy, field sealing and crypto-shredding need no module above them.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class EncryptionModuleTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestDatabase database;

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutAnyModuleAboveIt() {
        assertThat(context.getBeansOfType(FieldEncryption.class)).hasSize(1);
        assertThat(beanPackages())
                .allMatch(name -> name.startsWith("org.custodia.Custodia")
                        || name.startsWith("org.custodia.encryption")
                        || name.startsWith("org.custodia.platform")
                        || name.startsWith("org.custodia.testing")
                        || !name.startsWith("org.custodia"));
    }

    @Test
    void sealsAndOpensAValueAndDestroyingTheKeyIsAnnounced(Scenario scenario) {
        OrganisationId organisation = TestOrganisations.create(database);
        DataSubjectId child = DataSubjectId.random();
        FieldRef field = FieldRef.of("health_notes", "body", UUID.randomUUID());
        byte[] sealed = in(organisation, () -> fields.encrypt(child, field, "asthma, uses an inhaler"));

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("asthma");
        assertThat(in(organisation, () -> fields.decrypt(child, field, sealed))).isEqualTo("asthma, uses an inhaler");

        scenario.stimulate(() -> in(organisation, () -> {
                    fields.destroySubjectKey(child);
                    return null;
                }))
                .andWaitForEventOfType(SubjectKeyDestroyed.class)
                .matching(event -> event.subject().equals(child))
                .toArriveAndVerify(event -> assertThat(event.organisation()).isEqualTo(organisation));

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, field, sealed)))
                .isInstanceOf(ErasedSubject.class);
    }

    private <T> T in(OrganisationId organisation, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(organisation, work));
    }

    private java.util.List<String> beanPackages() {
        return java.util.Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(java.util.Objects::nonNull)
                .map(Class::getName)
                .toList();
    }
}
