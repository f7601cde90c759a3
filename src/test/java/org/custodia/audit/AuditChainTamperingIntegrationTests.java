package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.List;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone with the owner's access changes the trail behind the application's back; verification must
 * notice and name the first entry that no longer fits. Each case has five chained entries, sequences 1
 * to 5, in two batches (1 to 2, 3 to 5), which the tests' verification walks as two ranges at once.
 */
@CustodiaTest
class AuditChainTamperingIntegrationTests {

    private static final String ENTRY = " where organisation_id = ? and sequence = ";

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    OrganisationId organisation;
    List<Long> ids;

    @BeforeEach
    void fiveEntries() {
        organisation = TestOrganisations.create(database);
        trail.append(organisation, anAdministrator().of(organisation).actor(), 2);
        trail.append(organisation, anAdministrator().of(organisation).actor(), 3);
        ids = trail.ids(organisation);
        assertThat(trail.verify(organisation).intact()).isTrue();
    }

    @Test
    void namesAnAlteredEntry() {
        trail.tamper(organisation, "update audit_entries set action = 'case.edited'" + ENTRY + 3);

        assertBroken(ids.get(2), 3, "no longer matches its hash");
    }

    @Test
    void namesTheEntryAfterOneAlteredWithItsHashRecomputed() {
        trail.tamper(
                organisation,
                "update audit_entries set action = 'case.edited'" + ENTRY + 3,
                "update audit_entries e set entry_hash = sha256(e.previous_hash || audit_canonical(e))" + ENTRY + 3);

        assertBroken(ids.get(3), 4, "does not follow the one before it");
    }

    @Test
    void namesTheEntryAfterOneDeletedFromTheMiddle() {
        trail.tamper(organisation, "delete from audit_entries" + ENTRY + 3);

        assertBroken(ids.get(3), 4, "entry 3 is missing before this entry (deleted)");
    }

    @Test
    void namesTheFirstEntryDeletedFromTheEnd() {
        trail.tamper(organisation, "delete from audit_entries" + ENTRY + 5);

        AuditVerification verification = assertBroken(null, 5, "entry 5 is missing from the end (deleted)");
        assertThat(verification.entriesChecked()).isEqualTo(4);
    }

    @Test
    void namesTheFirstOfSeveralEntriesDeletedFromTheEnd() {
        trail.tamper(organisation, "delete from audit_entries where organisation_id = ? and sequence >= 4");

        assertBroken(null, 4, "entries 4 to 5 are missing from the end (deleted)");
    }

    @Test
    void namesAnInsertedEntryWithAMadeUpHash() {
        insertForgedEntryAt3("sha256('forged'::bytea)");

        assertBroken(forgedId(), 3, "no longer matches its hash");
    }

    @Test
    void namesTheEntryAfterAnInsertedOneWhoseHashWasComputedCorrectly() {
        insertForgedEntryAt3("'\\x00'::bytea");
        trail.tamper(
                organisation,
                "update audit_entries e set entry_hash = sha256(e.previous_hash || audit_canonical(e))"
                        + " where organisation_id = ? and action = 'case.forged'");

        // The forged entry fits the one before it; the genuine entry it pushed along no longer does.
        assertBroken(ids.get(2), 4, "does not follow the one before it");
    }

    @Test
    void namesTheFirstOfTwoReorderedEntries() {
        trail.tamper(
                organisation,
                "update audit_entries set sequence = -1" + ENTRY + 2,
                "update audit_entries set sequence = 2" + ENTRY + 3,
                "update audit_entries set sequence = 3" + ENTRY + -1);

        assertBroken(ids.get(2), 2, "does not follow the one before it");
    }

    private void insertForgedEntryAt3(String entryHash) {
        trail.tamper(
                organisation,
                "update audit_entries set sequence = -(sequence + 1) where organisation_id = ? and sequence >= 3",
                "update audit_entries set sequence = -sequence where organisation_id = ? and sequence < 0",
                "insert into audit_entries (organisation_id, sequence, occurred_at, actor_type, actor_id, action,"
                        + " object_type, object_id, outcome, previous_hash, entry_hash)"
                        + " select organisation_id, 3, occurred_at, actor_type, actor_id, 'case.forged', 'case',"
                        + " 'case-9', 'SUCCESS', entry_hash, " + entryHash + " from audit_entries" + ENTRY + 2,
                "update audit_chain_heads set last_sequence = last_sequence + 1 where chain_key = ?");
        assertThat(trail.ids(organisation)).hasSize(6);
    }

    private Long forgedId() {
        return trail.ids(organisation).get(2);
    }

    private AuditVerification assertBroken(Long entryId, long sequence, String problem) {
        AuditVerification verification = trail.verify(organisation);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadEntryId()).isEqualTo(entryId);
        assertThat(verification.firstBadSequence()).isEqualTo(sequence);
        assertThat(verification.problem()).contains(problem);
        return verification;
    }
}
