package org.custodia.audit.internal;

import static org.custodia.audit.internal.AuditRows.ACTION;
import static org.custodia.audit.internal.AuditRows.ACTOR_ID;
import static org.custodia.audit.internal.AuditRows.ACTOR_TYPE;
import static org.custodia.audit.internal.AuditRows.CLIENT_REF;
import static org.custodia.audit.internal.AuditRows.DETAIL;
import static org.custodia.audit.internal.AuditRows.OBJECT_ID;
import static org.custodia.audit.internal.AuditRows.OBJECT_TYPE;
import static org.custodia.audit.internal.AuditRows.OCCURRED_AT;
import static org.custodia.audit.internal.AuditRows.OUTCOME;
import static org.custodia.audit.internal.AuditRows.PURPOSE;
import static org.custodia.audit.internal.AuditRows.REQUEST_ID;
import static org.custodia.audit.internal.AuditRows.SUBJECT_ID;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes an entry's canonical form ({@link AuditCanonicalForm}, byte for byte) from a binary row into
 * one reused buffer: text fields are copied as the server sent them (UTF-8), ids and times formatted
 * in place.
 */
final class CanonicalWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final long MICROS_2000 = 946_684_800_000_000L;
    private static final long MICROS_A_DAY = 86_400_000_000L;

    private final byte[] organisation;
    private byte[] out = new byte[512];
    private int length;

    /** For the chain of this organisation (null: the platform's). */
    CanonicalWriter(UUID organisation) {
        this.organisation = (organisation == null ? "~" : "36:" + organisation).getBytes(StandardCharsets.US_ASCII);
    }

    /** The form hashed into the chain: with the sequence the entry has (or is being given). */
    int chained(AuditRows.Row row, long sequence) {
        length = 0;
        raw(organisation);
        separator();
        decimal(sequence);
        separator();
        rest(row);
        return length;
    }

    /** The form MAC'd when the entry was written, before it had a sequence. */
    int recorded(AuditRows.Row row) {
        length = 0;
        raw(organisation);
        separator();
        rest(row);
        return length;
    }

    byte[] bytes() {
        return out;
    }

    private void rest(AuditRows.Row row) {
        time(row);
        separator();
        text(row, ACTOR_TYPE);
        uuid(row, ACTOR_ID);
        text(row, ACTION);
        text(row, OBJECT_TYPE);
        text(row, OBJECT_ID);
        uuid(row, SUBJECT_ID);
        text(row, PURPOSE);
        text(row, OUTCOME);
        text(row, DETAIL);
        text(row, REQUEST_ID);
        if (row.isNull(CLIENT_REF)) {
            ensure(1);
            out[length++] = '~';
        } else {
            prefixed(row.buffer(), row.offset(CLIENT_REF), row.length(CLIENT_REF));
        }
    }

    private void text(AuditRows.Row row, int field) {
        if (row.isNull(field)) {
            ensure(2);
            out[length++] = '~';
        } else {
            prefixed(row.buffer(), row.offset(field), row.length(field));
        }
        separator();
    }

    private void prefixed(byte[] source, int offset, int count) {
        ensure(count + 12);
        number(count);
        out[length++] = ':';
        System.arraycopy(source, offset, out, length, count);
        length += count;
    }

    private void uuid(AuditRows.Row row, int field) {
        ensure(41);
        if (row.isNull(field)) {
            out[length++] = '~';
        } else {
            out[length++] = '3';
            out[length++] = '6';
            out[length++] = ':';
            byte[] source = row.buffer();
            int at = row.offset(field);
            for (int i = 0; i < 16; i++) {
                if (i == 4 || i == 6 || i == 8 || i == 10) {
                    out[length++] = '-';
                }
                out[length++] = HEX[(source[at + i] >> 4) & 0xf];
                out[length++] = HEX[source[at + i] & 0xf];
            }
        }
        separator();
    }

    /** PostgreSQL sends a timestamptz as microseconds since 2000-01-01 UTC; written as YYYY-MM-DDTHH:MM:SS.ffffffZ. */
    private void time(AuditRows.Row row) {
        long micros = row.getLong(OCCURRED_AT) + MICROS_2000;
        long day = Math.floorDiv(micros, MICROS_A_DAY);
        long ofDay = Math.floorMod(micros, MICROS_A_DAY);
        // Days to a civil date (H. Hinnant's algorithm, proleptic Gregorian like java.time).
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            // Never a real audit time; the general formatter decides, as it does when the entry is written.
            Instant at =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000);
            byte[] text = AuditCanonicalForm.time(at).getBytes(StandardCharsets.UTF_8);
            prefixed(text, 0, text.length);
            return;
        }
        ensure(32);
        out[length++] = '2';
        out[length++] = '7';
        out[length++] = ':';
        digits(year, 4);
        out[length++] = '-';
        digits(month, 2);
        out[length++] = '-';
        digits(dayOfMonth, 2);
        out[length++] = 'T';
        long seconds = ofDay / 1_000_000;
        digits(seconds / 3600, 2);
        out[length++] = ':';
        digits(seconds / 60 % 60, 2);
        out[length++] = ':';
        digits(seconds % 60, 2);
        out[length++] = '.';
        digits(ofDay % 1_000_000, 6);
        out[length++] = 'Z';
    }

    private void decimal(long value) {
        if (value < 0) {
            // Only ever met in a tampered chain; written as Long.toString does, like the reference form.
            byte[] bytes = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
            prefixed(bytes, 0, bytes.length);
            return;
        }
        ensure(44);
        int count = digitCount(value);
        number(count);
        out[length++] = ':';
        digits(value, count);
    }

    private void number(long value) {
        digits(value, digitCount(value));
    }

    private void digits(long value, int count) {
        for (int i = length + count - 1; i >= length; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
    }

    private static int digitCount(long value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
    }

    private void separator() {
        ensure(1);
        out[length++] = '|';
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
