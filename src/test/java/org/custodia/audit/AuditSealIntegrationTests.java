package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import org.custodia.audit.internal.AuditSealing;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain alone cannot stop someone with the owner's database access from rewriting it
 * consistently; signatures made with a key the database does not hold can: each batch's, and the seals
 * (which are also emailed to the DPOs, so that even cutting off the end with its batches shows).
 */
@CustodiaTest
class AuditSealIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSeals seals;

    @Autowired
    AuditSealing sealing;

    @Autowired
    TestDatabase database;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestTrail trail;

    OrganisationId organisation;

    @BeforeEach
    void fiveEntries() {
        organisation = TestOrganisations.create(database);
        trail.append(organisation, anAdministrator().of(organisation).actor(), 5);
    }

    /** Changes entry 3 and recomputes every later hash and the head, as a knowledgeable attacker would. */
    void rewriteConsistently() {
        String org = "'" + organisation.value() + "'";
        trail.tamper(organisation, """
                do $$
                declare r record; prev bytea;
                begin
                  select entry_hash into prev from audit_entries where organisation_id = %1$s and sequence = 2;
                  update audit_entries set action = 'case.edited' where organisation_id = %1$s and sequence = 3;
                  for r in select id from audit_entries where organisation_id = %1$s and sequence >= 3 order by sequence
                  loop
                    update audit_entries e set previous_hash = prev, entry_hash = sha256(prev || audit_canonical(e))
                      where e.id = r.id returning entry_hash into prev;
                  end loop;
                  update audit_chain_heads set last_hash = prev where chain_key = %1$s;
                end $$""".formatted(org));
    }

    void seal() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> tenancy.runAs(organisation, seals::sealNow));
    }

    @Test
    void withoutASealAConsistentRewriteIsCaughtByTheSignedBatch() {
        rewriteConsistently();

        AuditVerification result = trail.verify(organisation);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(5);
        assertThat(result.problem())
                .contains("no longer matches the batch sealed")
                .contains("(the chain was rewritten)");
    }

    @Test
    void aSealedChainThatWasRewrittenConsistentlyFailsVerification() {
        seal();
        rewriteConsistently();

        AuditVerification result = trail.verify(organisation);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(5);
        assertThat(result.problem()).contains("no longer matches the seal signed for it");
    }

    @Test
    void entriesCutOffTheEndWithTheHeadMovedBackAreCaughtByTheirBatch() {
        trail.tamper(
                organisation,
                "delete from audit_entries where organisation_id = ? and sequence > 3",
                "update audit_chain_heads h set last_sequence = 3, last_hash = (select entry_hash from audit_entries"
                        + " where organisation_id = ? and sequence = 3) where chain_key = ?");

        AuditVerification result = trail.verify(organisation);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("entries 4 to 5 are missing although sealed");
    }

    @Test
    void entriesCutOffTheEndWithTheirBatchAndTheHeadAreCaughtByTheSeal() {
        seal();
        trail.tamper(
                organisation,
                "delete from audit_entries where organisation_id = ? and sequence > 3",
                "update audit_chain_heads h set last_sequence = 3, last_hash = (select entry_hash from audit_entries"
                        + " where organisation_id = ? and sequence = 3) where chain_key = ?",
                "delete from audit_batches where chain_key = ?");

        AuditVerification result = trail.verify(organisation);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("entries 4 to 5 are missing although sealed");
    }

    @Test
    void aSealWithoutAValidSignatureIsReportedAsForged() {
        trail.tamper(
                organisation,
                "insert into audit_seals (organisation_id, chain_key, last_sequence, last_hash,"
                        + " sealed_at, signature) select organisation_id, organisation_id, sequence, entry_hash, now(),"
                        + " '\\x00'::bytea from audit_entries where organisation_id = ? and sequence = 5");

        AuditVerification result = trail.verify(organisation);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("has no valid signature (forged)");
        assertThat(tenancy.callAs(organisation, seals::all))
                .singleElement()
                .satisfies(s -> assertThat(s.signatureValid()).isFalse());
    }

    @Test
    void theNightlySealerSealsEachGrownChainOnceAndEmailsItsDpos() {
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        trail.append(council.id(), anAdministrator().of(council.id()).actor(), 2);

        assertThat(sealing.sealAllChains()).isPositive();
        sealing.sealAllChains();

        List<AuditSeal> sealed = tenancy.callAs(council.id(), seals::all);
        assertThat(sealed).hasSize(1);
        assertThat(sealed.get(0).signatureValid()).isTrue();
        var emails = mail.getReceivedMessagesForDomain(dpo.email());
        assertThat(emails).hasSize(1);
        assertThat(GreenMailUtil.getBody(emails[0]))
                .contains("Fingerprint: " + sealed.get(0).fingerprint());
    }

    @Test
    void anIntactVerificationByADpoOrAdministratorSealsTheChain() {
        try (var signedIn = anAdministrator().of(organisation).signIn()) {
            assertThat(auditLog.verify().intact()).isTrue();
        }
        assertThat(tenancy.callAs(organisation, seals::all)).hasSize(1);
    }
}
