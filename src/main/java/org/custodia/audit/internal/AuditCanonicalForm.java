package org.custodia.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The bytes an audit entry is hashed over: each field length-prefixed so that no two different entries
 * share a form, in the same order and format as the database function {@code audit_canonical}. This is
 * the reference; {@link CanonicalWriter} writes the same bytes from binary rows, fast.
 */
public final class AuditCanonicalForm {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {}

    /** An entry's fields as stored. */
    public record Fields(
            UUID organisationId,
            long sequence,
            Instant occurredAt,
            String actorType,
            UUID actorId,
            String action,
            String objectType,
            String objectId,
            UUID subjectId,
            String purpose,
            String outcome,
            String detail,
            String requestId,
            String clientRef) {}

    public static byte[] hash(byte[] previousHash, Fields entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash);
            sha256.update(canonical(entry));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static byte[] canonical(Fields e) {
        return form(e, true);
    }

    /**
     * The form a record is MAC'd over when it is written, before the chainer gives it a sequence: the
     * canonical form without its sequence field.
     */
    public static byte[] recorded(Fields e) {
        return form(e, false);
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    private static byte[] form(Fields e, boolean withSequence) {
        StringBuilder form = new StringBuilder(256);
        field(form, e.organisationId());
        if (withSequence) {
            field(form, e.sequence());
        }
        field(form, TIME.format(e.occurredAt()));
        field(form, e.actorType());
        field(form, e.actorId());
        field(form, e.action());
        field(form, e.objectType());
        field(form, e.objectId());
        field(form, e.subjectId());
        field(form, e.purpose());
        field(form, e.outcome());
        field(form, e.detail());
        field(form, e.requestId());
        form.append(encoded(e.clientRef()));
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder form, Object value) {
        form.append(encoded(value == null ? null : value.toString())).append('|');
    }

    private static String encoded(String value) {
        if (value == null) {
            return "~";
        }
        return value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
