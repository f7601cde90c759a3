package org.custodia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void theBinaryRowWriterGivesTheReferenceBytesForEveryKindOfValue() throws Exception {
        OrganisationId organisation = TestOrganisations.create(database);
        String[] times = {
            "1970-01-01T00:00:00Z", "1999-12-31T23:59:59.999999Z", "2000-01-01T00:00:00Z",
            "2024-02-29T12:00:00.000001Z", "2026-03-29T00:59:59.123456Z", "2100-03-01T08:09:10.5Z"
        };
        try (Connection owner = database.owner()) {
            for (int i = 0; i < times.length; i++) {
                try (PreparedStatement insert = owner.prepareStatement("insert into audit_entries (organisation_id,"
                        + " occurred_at, actor_type, actor_id, action, object_type, object_id, subject_id, purpose,"
                        + " outcome, detail, request_id, client_ref) values (?, ?, 'USER', ?, ?, ?, ?, ?, ?,"
                        + " 'SUCCESS', ?, ?, ?)")) {
                    insert.setObject(1, organisation.value());
                    insert.setTimestamp(2, Timestamp.from(Instant.parse(times[i])));
                    insert.setObject(3, i % 2 == 0 ? UUID.randomUUID() : null);
                    insert.setString(4, "record.viewed|ü " + i);
                    insert.setString(5, i % 3 == 0 ? null : "note:private");
                    insert.setString(6, "Zoë 🐢 | 12:3 " + "x".repeat(i * 300));
                    insert.setObject(7, i % 2 == 1 ? UUID.randomUUID() : null);
                    insert.setString(8, i == 1 ? "" : "~");
                    insert.setString(9, "fields shown: ethnicity|religion ∅");
                    insert.setString(10, i == 2 ? null : "req-" + i);
                    insert.setString(11, i == 3 ? null : "a1b2");
                    insert.executeUpdate();
                }
            }
            List<AuditCanonicalForm.Fields> reference = new ArrayList<>();
            try (PreparedStatement select =
                    owner.prepareStatement("select * from audit_entries" + " where organisation_id = ? order by id")) {
                select.setObject(1, organisation.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reference.add(new AuditCanonicalForm.Fields(
                                organisation.value(),
                                40 + rows.getRow(),
                                rows.getTimestamp("occurred_at").toInstant(),
                                rows.getString("actor_type"),
                                rows.getObject("actor_id", UUID.class),
                                rows.getString("action"),
                                rows.getString("object_type"),
                                rows.getString("object_id"),
                                rows.getObject("subject_id", UUID.class),
                                rows.getString("purpose"),
                                rows.getString("outcome"),
                                rows.getString("detail"),
                                rows.getString("request_id"),
                                rows.getString("client_ref")));
                    }
                }
            }
            CanonicalWriter writer = new CanonicalWriter(organisation.value());
            List<String> chained = new ArrayList<>();
            List<String> recorded = new ArrayList<>();
            AuditRows.copy(
                    owner,
                    "select " + AuditRows.COLUMNS + " from audit_entries where organisation_id = '"
                            + organisation.value() + "' order by id",
                    row -> {
                        int length = writer.chained(row, 40 + chained.size() + 1);
                        chained.add(utf8(writer.bytes(), length));
                        length = writer.recorded(row);
                        recorded.add(utf8(writer.bytes(), length));
                        return true;
                    });
            assertThat(chained)
                    .containsExactlyElementsOf(reference.stream()
                            .map(f -> new String(AuditCanonicalForm.canonical(f), StandardCharsets.UTF_8))
                            .toList());
            assertThat(recorded)
                    .containsExactlyElementsOf(reference.stream()
                            .map(f -> new String(AuditCanonicalForm.recorded(f), StandardCharsets.UTF_8))
                            .toList());
        }
    }

    private static String utf8(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void assertMatchesDatabase(AuditCanonicalForm.Fields fields) {
        String row = "row(1, cast(:organisation as uuid), cast(:sequence as bigint), cast(:occurredAt as timestamptz),"
                + " cast(:actorType as text), cast(:actorId as uuid), cast(:action as text),"
                + " cast(:objectType as text), cast(:objectId as text), cast(:subjectId as uuid),"
                + " cast(:purpose as text), cast(:outcome as text), cast(:detail as text), cast(:requestId as text),"
                + " cast(:clientRef as text), cast(:previous as bytea), cast(:previous as bytea), cast(null as bytea))"
                + "::audit_entries";
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
