package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CustodiaTest
class AuditChainIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    OrganisationId a;
    OrganisationId b;

    @BeforeEach
    void twoOrganisations() {
        a = TestOrganisations.create(database);
        b = TestOrganisations.create(database);
    }

    @Test
    void anUntouchedChainIsIntactAndCountsEveryEntry() {
        trail.append(a, anAdministrator().of(a).actor(), 7);

        AuditVerification verification = trail.verify(a);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(7);
        assertThat(verification.firstBadEntryId()).isNull();
        assertThat(verification.problem()).isNull();
    }

    @Test
    void anOrganisationWithNoEntriesHasAnIntactEmptyChain() {
        assertThat(trail.verify(a))
                .extracting(AuditVerification::intact, AuditVerification::entriesChecked)
                .containsExactly(true, 0L);
    }

    @Test
    void eachOrganisationHasItsOwnChainStartingAtOne() throws SQLException {
        Actor inA = anAdministrator().of(a).actor();
        Actor inB = anAdministrator().of(b).actor();
        for (int i = 0; i < 3; i++) {
            trail.append(a, inA, 1);
            trail.append(b, inB, 1);
        }

        assertThat(sequences(a)).containsExactly(1L, 2L, 3L);
        assertThat(sequences(b)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anotherOrganisationsEntriesNeverAffectTheVerification() {
        Actor inA = anAdministrator().of(a).actor();
        Actor inB = anAdministrator().of(b).actor();
        trail.append(a, inA, 2);
        trail.append(b, inB, 5);
        trail.append(a, inA, 2);

        assertThat(trail.verify(a).entriesChecked()).isEqualTo(4);

        trail.tamper(b, "update audit_entries set action = 'case.edited' where organisation_id = ? and sequence = 1");
        trail.tamper(b, "delete from audit_entries where organisation_id = ? and sequence = 5");

        assertThat(trail.verify(b).intact()).isFalse();
        AuditVerification ofA = trail.verify(a);
        assertThat(ofA.intact()).isTrue();
        assertThat(ofA.entriesChecked()).isEqualTo(4);
    }

    @Test
    void verifyingIsItselfAuditedAndTheNewEntryChainsOn() {
        trail.append(a, anAdministrator().of(a).actor(), 3);

        AuditVerification verification;
        try (var signedIn = anAdministrator().of(a).signIn()) {
            verification = auditLog.verify();
        }

        assertThat(verification.entriesChecked()).isEqualTo(3);
        AuditVerification next = trail.verify(a);
        assertThat(next.intact()).isTrue();
        assertThat(next.entriesChecked()).isEqualTo(4);
    }

    private List<Long> sequences(OrganisationId organisation) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection owner = database.owner();
                PreparedStatement select = owner.prepareStatement(
                        "select sequence from audit_entries where organisation_id = ? order by id")) {
            select.setObject(1, organisation.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        }
        return sequences;
    }
}
