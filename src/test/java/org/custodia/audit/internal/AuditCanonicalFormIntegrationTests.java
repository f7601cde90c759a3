package org.custodia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Java canonical form must give exactly the bytes of the database's {@code audit_canonical}, or every
 * verification would fail (or, worse, two different entries could share a form).
 */
@CustodiaTest
class AuditCanonicalFormIntegrationTests {

    private static final byte[] PREVIOUS = sha256("the entry before".getBytes());

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestDatabase database;

    @Test
    void matchesTheDatabaseForUnicodeAndSeparatorsInsideValues() {
        assertMatchesDatabase(new AuditCanonicalForm.Fields(
                UUID.randomUUID(),
                42,
                Instant.parse("2026-03-29T00:59:59.123456Z"),
                "USER",
                UUID.randomUUID(),
                "case.viewed ✓",
                "note|visit",
                "Zoë’s 🐢 case 3:abc|",
                UUID.randomUUID(),
                "purpose: safeguarding | court",
                "SUCCESS",
                "fields shown: ethnicity|religion ~ ∅",
                "req:1|2",
                "~"));
    }

    @Test
    void matchesTheDatabaseWhenEveryOptionalFieldIsNull() {
        assertMatchesDatabase(new AuditCanonicalForm.Fields(
                null,
                1,
                Instant.parse("2026-11-23T12:00:00Z"),
                "ANONYMOUS",
                null,
                "sign-in.failed",
                null,
                null,
                null,
                null,
                "FAILURE",
                null,
                null,
                null));
    }

    @Test
    void neitherSeparatorsNorTheNullMarkerCanMakeTwoEntriesLookAlike() {
        var split = fields("a|1:b", null);
        var shifted = fields("a", "b");
        var tilde = fields("~", null);
        var nothing = fields(null, null);

        assertThat(AuditCanonicalForm.canonical(split)).isNotEqualTo(AuditCanonicalForm.canonical(shifted));
        assertThat(AuditCanonicalForm.canonical(tilde)).isNotEqualTo(AuditCanonicalForm.canonical(nothing));
    }

    @Test
    void anEntryWrittenByTheTriggerWithUnicodeAndSeparatorsVerifies() {
        OrganisationId organisation = TestOrganisations.create(database);
        TestTrail trail = new TestTrail(tenancy, transactions, auditTrail, auditLog, database);
        trail.append(
                organisation,
                AuditRecord.of("record.viewed|ü", Outcome.SUCCESS)
                        .about("note:private", "Zoë 🐢 | 12:3")
                        .concerning(UUID.randomUUID())
                        .forPurpose("~")
                        .withDetail("fields shown: ethnicity|religion")
                        .by(anAdministrator().of(organisation).actor()));

        assertThat(trail.verify(organisation).intact()).isTrue();
        assertThat(trail.verify(organisation).entriesChecked()).isEqualTo(1);
    }

    private void assertMatchesDatabase(AuditCanonicalForm.Fields fields) {
        String row = "row(1, cast(:organisation as uuid), cast(:sequence as bigint), cast(:occurredAt as timestamptz),"
                + " cast(:actorType as text), cast(:actorId as uuid), cast(:action as text),"
                + " cast(:objectType as text), cast(:objectId as text), cast(:subjectId as uuid),"
                + " cast(:purpose as text), cast(:outcome as text), cast(:detail as text), cast(:requestId as text),"
                + " cast(:clientRef as text), cast(:previous as bytea), cast(:previous as bytea))::audit_entries";
        var query = jdbc.sql("select audit_canonical(" + row + "), sha256(cast(:previous as bytea) || audit_canonical("
                        + row + "))")
                .param("organisation", fields.organisationId())
                .param("sequence", fields.sequence())
                .param("occurredAt", Timestamp.from(fields.occurredAt()))
                .param("actorType", fields.actorType())
                .param("actorId", fields.actorId())
                .param("action", fields.action())
                .param("objectType", fields.objectType())
                .param("objectId", fields.objectId())
                .param("subjectId", fields.subjectId())
                .param("purpose", fields.purpose())
                .param("outcome", fields.outcome())
                .param("detail", fields.detail())
                .param("requestId", fields.requestId())
                .param("clientRef", fields.clientRef())
                .param("previous", PREVIOUS);
        byte[][] fromDatabase = query.query((rows, n) -> new byte[][] {rows.getBytes(1), rows.getBytes(2)})
                .single();

        assertThat(new String(AuditCanonicalForm.canonical(fields), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(fromDatabase[0], java.nio.charset.StandardCharsets.UTF_8));
        assertThat(AuditCanonicalForm.canonical(fields)).isEqualTo(fromDatabase[0]);
        assertThat(AuditCanonicalForm.hash(PREVIOUS, fields)).isEqualTo(fromDatabase[1]);
    }

    private static AuditCanonicalForm.Fields fields(String action, String objectType) {
        return new AuditCanonicalForm.Fields(
                null,
                1,
                Instant.EPOCH,
                "SYSTEM",
                null,
                action,
                objectType,
                null,
                null,
                null,
                "SUCCESS",
                null,
                null,
                null);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
