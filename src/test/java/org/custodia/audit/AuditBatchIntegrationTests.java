package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealed batches: their signatures, their links to one another, verification from the last seal on,
 * and entries chained before batches existed (a developer's ./data), which are sealed into batches
 * of their own. Three batches here: entries 1 to 2, 3 to 4 and 5 to 6.
 */
@CustodiaTest
class AuditBatchIntegrationTests {

    private static final String BATCH = "update audit_batches set %s where chain_key = ? and first_sequence = %d";

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    @Autowired
    Tenancy tenancy;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSeals seals;

    @Autowired
    PlatformTransactionManager transactions;

    OrganisationId organisation;
    Actor actor;

    @BeforeEach
    void threeBatches() {
        organisation = TestOrganisations.create(database);
        actor = anAdministrator().of(organisation).actor();
        for (int i = 0; i < 3; i++) {
            trail.append(organisation, actor, 2);
        }
        assertThat(trail.verify(organisation).intact()).isTrue();
    }

    @Test
    void aBatchWhoseRootWasReplacedHasNoValidSignature() {
        trail.tamper(organisation, BATCH.formatted("root = sha256(root)", 3));

        assertBroken(3, "the batch sealed", "for entries 3 to 4 has no valid signature (forged)");
    }

    @Test
    void aBatchRemadeAfterAConsistentRewriteHasNoValidSignature() {
        trail.tamper(
                organisation,
                "update audit_entries set action = 'case.edited' where organisation_id = ? and sequence = 6",
                "update audit_entries e set entry_hash = sha256(e.previous_hash || audit_canonical(e))"
                        + " where organisation_id = ? and sequence = 6",
                BATCH.formatted(
                        "last_hash = (select entry_hash from audit_entries where organisation_id = chain_key"
                                + " and sequence = 6)",
                        5),
                "update audit_chain_heads set last_hash = (select entry_hash from audit_entries"
                        + " where organisation_id = chain_key and sequence = 6) where chain_key = ?");

        assertBroken(5, "for entries 5 to 6 has no valid signature (forged)");
    }

    @Test
    void aDeletedBatchLeavesEntriesInNoSealedBatch() {
        trail.tamper(organisation, "delete from audit_batches where chain_key = ? and first_sequence = 3");

        assertBroken(3, "entries 3 to 4 are in no sealed batch (a batch was deleted)");
    }

    @Test
    void verificationFromTheLastSealChecksOnlyWhatFollowsIt() {
        sealNow();
        trail.append(organisation, actor, 2);
        trail.write(organisation, AuditRecord.of("case.viewed", Outcome.SUCCESS).by(actor));

        AuditVerification since = tenancy.callAs(organisation, auditLog::verifyCurrentChainSinceLastSeal);
        assertThat(since.intact()).isTrue();
        assertThat(since.fromSequence()).isEqualTo(7);
        assertThat(since.entriesChecked()).isEqualTo(3);
        assertThat(since.pendingEntries()).isEqualTo(1);

        // Before the seal it does not look; the whole walk does.
        trail.tamper(organisation, "update audit_entries set action = 'x' where organisation_id = ? and sequence = 2");
        assertThat(tenancy.callAs(organisation, auditLog::verifyCurrentChainSinceLastSeal)
                        .intact())
                .isTrue();
        assertThat(trail.verify(organisation).firstBadSequence()).isEqualTo(2);

        trail.tamper(organisation, "update audit_entries set action = 'x' where organisation_id = ? and sequence = 8");
        AuditVerification after = tenancy.callAs(organisation, auditLog::verifyCurrentChainSinceLastSeal);
        assertThat(after.intact()).isFalse();
        assertThat(after.firstBadSequence()).isEqualTo(8);
    }

    @Test
    void entriesChainedBeforeBatchesExistedAreSealedIntoBatchesAndStayValid() {
        OrganisationId older = TestOrganisations.create(database);
        // As the old trigger did: each entry hashed over the one before, the head moved on, no batch.
        trail.tamper(older, """
                do $$
                declare prev bytea := '\\x0000000000000000000000000000000000000000000000000000000000000000';
                  e audit_entries;
                begin
                  for i in 1..7 loop
                    insert into audit_entries (organisation_id, sequence, occurred_at, actor_type, action, object_type,
                        object_id, outcome, previous_hash, entry_hash)
                      values ('%1$s', i, now() - interval '1 day' + i * interval '1 second', 'SYSTEM', 'case.viewed',
                        'case', 'old-' || i, 'SUCCESS', prev, '\\x00') returning * into e;
                    update audit_entries set entry_hash = sha256(prev || audit_canonical(e)) where id = e.id
                      returning entry_hash into prev;
                  end loop;
                  insert into audit_chain_heads values ('%1$s', 7, prev);
                end $$""".formatted(older.value()));
        AuditVerification legacy = trail.verify(older);
        assertThat(legacy.intact()).isTrue();
        assertThat(legacy.pendingEntries()).isEqualTo(7);

        trail.append(older, anAdministrator().of(older).actor(), 2);

        AuditVerification verification = trail.verify(older);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(9);
        assertThat(verification.pendingEntries()).isZero();
    }

    private void sealNow() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> tenancy.runAs(organisation, seals::sealNow));
    }

    private void assertBroken(long sequence, String... problem) {
        AuditVerification verification = trail.verify(organisation);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadSequence()).isEqualTo(sequence);
        assertThat(verification.problem()).contains(problem);
    }
}
