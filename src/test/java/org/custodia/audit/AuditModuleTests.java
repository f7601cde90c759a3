package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail started on its own, with only the modules beneath it (platform, encryption for the
 * seal key, personaldata for the SPI it implements): recording joins the caller's transaction and the
 * chain verifies, with no module above it present. Identity, which names actors in the running application,
 * is not started, and needs no stand-in: audit looks the directory up only when it names someone.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.STANDALONE,
        extraIncludes = {"platform", "encryption", "personaldata"})
@ActiveProfiles("test")
@Import(TestDatabase.class)
class AuditModuleTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

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
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                        .map(context::getType)
                        .filter(Objects::nonNull)
                        .map(Class::getName)
                        .filter(name -> name.startsWith("org.custodia."))
                        .map(name -> name.substring("org.custodia.".length()))
                        .filter(name -> name.contains(".")))
                .allMatch(name -> name.startsWith("audit.")
                        || name.startsWith("platform.")
                        || name.startsWith("encryption.")
                        || name.startsWith("personaldata.")
                        || name.startsWith("testing."));
    }

    @Test
    void recordsInTheCallersTransactionAndTheChainVerifies() {
        OrganisationId organisation = TestOrganisations.create(database);
        Actor actor = new Actor(UserId.random(), organisation, "Pat Practitioner", Set.of(Role.PRACTITIONER));

        for (int i = 0; i < 3; i++) {
            String caseId = "case-" + i;
            tenancy.runAs(
                    organisation,
                    () -> transactions.executeWithoutResult(
                            status -> trail.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                                    .about("case", caseId)
                                    .forPurpose("casework")
                                    .by(actor))));
        }

        AuditVerification verification = tenancy.callAs(organisation, log::verifyCurrentChain);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(3);
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        OrganisationId organisation = TestOrganisations.create(database);
        assertThatThrownBy(() ->
                        tenancy.runAs(organisation, () -> trail.record(AuditRecord.of("case.viewed", Outcome.SUCCESS))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
