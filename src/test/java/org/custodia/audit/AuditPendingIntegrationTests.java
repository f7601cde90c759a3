package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

/**
 * An entry is written pending (no sequence, a MAC) and chained later, in batches. Pending entries are
 * verified too: altered, made up or taken out of the chain, they are named; and the chainer never signs
 * one that was altered.
 */
@CustodiaTest
class AuditPendingIntegrationTests {

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    Tenancy tenancy;

    OrganisationId organisation;
    Actor actor;

    @BeforeEach
    void anOrganisation() {
        organisation = TestOrganisations.create(database);
        actor = anAdministrator().of(organisation).actor();
    }

    private AuditRecord viewed(String caseId) {
        return AuditRecord.of("case.viewed", Outcome.SUCCESS)
                .about("case", caseId)
                .by(actor);
    }

    @Test
    void aWrittenEntryIsPendingAndVerifiedUntilTheChainerSealsIt() throws SQLException {
        trail.write(organisation, viewed("a"));
        trail.write(organisation, viewed("b"));

        assertThat(sequences()).containsExactly(null, null);
        AuditVerification before = trail.verify(organisation);
        assertThat(before.intact()).isTrue();
        assertThat(before.entriesChecked()).isEqualTo(2);
        assertThat(before.pendingEntries()).isEqualTo(2);

        assertThat(trail.chain(organisation)).isEqualTo(2);

        assertThat(sequences()).containsExactly(1L, 2L);
        AuditVerification after = trail.verify(organisation);
        assertThat(after.intact()).isTrue();
        assertThat(after.entriesChecked()).isEqualTo(2);
        assertThat(after.pendingEntries()).isZero();
        assertThat(trail.chain(organisation)).isZero();
    }

    @Test
    void entriesAreChainedInTheOrderWrittenAcrossBatches() throws SQLException {
        for (int i = 0; i < 3; i++) {
            trail.write(organisation, viewed("case-" + i));
        }
        trail.chain(organisation);
        trail.write(organisation, viewed("case-3"));
        trail.chain(organisation);

        assertThat(sequences()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(batches()).containsExactly("1-3", "4-4");
    }

    @Test
    void twoChainersAtOnceChainEachEntryOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            trail.write(organisation, viewed("case-" + i));
        }
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> trail.chain(organisation));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> trail.chain(organisation));

        assertThat(one.get() + other.get()).isEqualTo(30);
        assertThat(trail.verify(organisation))
                .extracting(AuditVerification::intact, AuditVerification::entriesChecked)
                .containsExactly(true, 30L);
    }

    @Test
    void aPendingEntryAlteredBeforeChainingIsNamedAndNeverSigned() throws SQLException {
        trail.write(organisation, viewed("a"));
        trail.write(organisation, viewed("b"));
        trail.write(organisation, viewed("c"));
        long altered = trail.idsWritten(organisation).get(1);
        trail.tamper(
                organisation, "update audit_entries set object_id = 'z' where organisation_id = ? and id = " + altered);

        AuditVerification verification = trail.verify(organisation);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadEntryId()).isEqualTo(altered);
        assertThat(verification.firstBadSequence()).isNull();
        assertThat(verification.problem()).contains("no longer matches the MAC it was written with (altered)");

        assertThat(trail.chain(organisation)).isEqualTo(2);
        assertThat(sequences()).containsExactly(1L, null, 2L);
        assertThat(trail.verify(organisation).firstBadEntryId()).isEqualTo(altered);
    }

    @Test
    void aPendingEntryMadeUpBehindTheApplicationsBackIsNamed() {
        trail.write(organisation, viewed("a"));
        trail.tamper(
                organisation,
                "insert into audit_entries (organisation_id, occurred_at, actor_type, action, outcome, record_mac)"
                        + " select organisation_id, occurred_at, actor_type, 'case.forged', outcome, record_mac"
                        + " from audit_entries where organisation_id = ?",
                "insert into audit_entries (organisation_id, occurred_at, actor_type, action, outcome)"
                        + " values (?, now(), 'SYSTEM', 'case.forged', 'SUCCESS')");
        List<Long> ids = trail.idsWritten(organisation);

        AuditVerification verification = trail.verify(organisation);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadEntryId()).isEqualTo(ids.get(1));
        assertThat(verification.problem()).contains("no longer matches the MAC");

        trail.tamper(organisation, "delete from audit_entries where organisation_id = ? and id = " + ids.get(1));
        assertThat(trail.verify(organisation).problem()).contains("has no MAC (it was not written by Custodia)");
    }

    @Test
    void aChainedEntryTakenOutOfTheChainIsNamed() {
        trail.append(organisation, actor, 3);
        trail.tamper(
                organisation, "update audit_entries set sequence = null where organisation_id = ? and sequence = 3");

        AuditVerification verification = trail.verify(organisation);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).contains("entry 3 is missing from the end (deleted)");
    }

    private List<Long> sequences() throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection owner = database.owner();
                PreparedStatement select = owner.prepareStatement(
                        "select sequence from audit_entries where organisation_id = ? order by id")) {
            select.setObject(1, organisation.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getObject(1, Long.class));
                }
            }
        }
        return sequences;
    }

    private List<String> batches() throws SQLException {
        List<String> batches = new ArrayList<>();
        try (Connection owner = database.owner();
                PreparedStatement select = owner.prepareStatement("select first_sequence || '-' || last_sequence"
                        + " from audit_batches where chain_key = ? order by first_sequence")) {
            select.setObject(1, organisation.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batches.add(rows.getString(1));
                }
            }
        }
        return batches;
    }
}
