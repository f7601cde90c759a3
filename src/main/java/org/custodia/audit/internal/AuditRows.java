package org.custodia.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Audit entries read with a binary {@code COPY} and parsed where they lie in the driver's buffer: no
 * object per row or field, so that walking a chain costs little more than hashing it.
 */
public final class AuditRows {

    /** What every query handed to {@link #copy} selects, in this order. */
    public static final String COLUMNS = "id, sequence, occurred_at, actor_type, actor_id, action, object_type,"
            + " object_id, subject_id, purpose, outcome, detail, request_id, client_ref, previous_hash, entry_hash,"
            + " record_mac";

    static final int ID = 0;
    static final int SEQUENCE = 1;
    static final int OCCURRED_AT = 2;
    static final int ACTOR_TYPE = 3;
    static final int ACTOR_ID = 4;
    static final int ACTION = 5;
    static final int OBJECT_TYPE = 6;
    static final int OBJECT_ID = 7;
    static final int SUBJECT_ID = 8;
    static final int PURPOSE = 9;
    static final int OUTCOME = 10;
    static final int DETAIL = 11;
    static final int REQUEST_ID = 12;
    static final int CLIENT_REF = 13;
    static final int PREVIOUS_HASH = 14;
    static final int ENTRY_HASH = 15;
    static final int RECORD_MAC = 16;
    private static final int FIELDS = 17;

    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEADER = SIGNATURE.length + 8;

    private AuditRows() {}

    /** Takes rows one by one; the row is only valid during the call. Returns false to stop early. */
    @FunctionalInterface
    public interface Handler {
        boolean accept(Row row);
    }

    /**
     * Streams the rows of {@code query} (which selects {@link #COLUMNS}; COPY takes no parameters, so it
     * may hold only SQL and numbers) to the handler, on the caller's connection and transaction.
     */
    public static void copy(Connection connection, String query, Handler handler) throws SQLException {
        CopyOut copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyOut("copy (" + query + ") to stdout (format binary)");
        Parser parser = new Parser(handler);
        boolean reading = true;
        byte[] chunk;
        // Read to the end even once the handler has stopped: the connection is usable again only then.
        while ((chunk = copy.readFromCopy()) != null) {
            if (reading) {
                reading = parser.feed(chunk);
            }
        }
    }

    /** One row, as offsets into the bytes the server sent. */
    public static final class Row {
        private byte[] buffer;
        private final int[] offsets = new int[FIELDS];
        private final int[] lengths = new int[FIELDS];

        boolean isNull(int field) {
            return lengths[field] < 0;
        }

        int length(int field) {
            return lengths[field];
        }

        int offset(int field) {
            return offsets[field];
        }

        byte[] buffer() {
            return buffer;
        }

        public long id() {
            return getLong(ID);
        }

        long getLong(int field) {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (buffer[offsets[field] + i] & 0xff);
            }
            return value;
        }

        /** Whether the field holds exactly these bytes (false for null). */
        boolean equals(int field, byte[] value) {
            return lengths[field] == value.length
                    && Arrays.equals(buffer, offsets[field], offsets[field] + value.length, value, 0, value.length);
        }

        /** Copies a 32-byte hash into {@code into}; false if the field is not one. */
        boolean copyHash(int field, byte[] into) {
            if (lengths[field] != into.length) {
                return false;
            }
            System.arraycopy(buffer, offsets[field], into, 0, into.length);
            return true;
        }

        /** The field's bytes in an array of their own, or null; for the few values kept. */
        byte[] bytes(int field) {
            return isNull(field) ? null : Arrays.copyOfRange(buffer, offsets[field], offsets[field] + lengths[field]);
        }
    }

    /** Reassembles tuples from the copy's messages, which need not end where a tuple ends. */
    static final class Parser {
        private final Handler handler;
        private final Row row = new Row();
        private byte[] carry = new byte[0];
        private int carried;
        private boolean headerRead;
        private boolean stopped;

        Parser(Handler handler) {
            this.handler = handler;
        }

        /** Returns false once the handler has asked to stop or the trailer has come. */
        boolean feed(byte[] chunk) {
            if (carried == 0) {
                int used = parse(chunk, chunk.length);
                keep(chunk, used, chunk.length - used);
            } else {
                ensure(carried + chunk.length);
                System.arraycopy(chunk, 0, carry, carried, chunk.length);
                int end = carried + chunk.length;
                int used = parse(carry, end);
                System.arraycopy(carry, used, carry, 0, end - used);
                carried = end - used;
            }
            return !stopped;
        }

        private void keep(byte[] chunk, int from, int length) {
            ensure(length);
            System.arraycopy(chunk, from, carry, 0, length);
            carried = length;
        }

        private void ensure(int capacity) {
            if (carry.length < capacity) {
                carry = Arrays.copyOf(carry, Math.max(capacity, carry.length * 2));
            }
        }

        /** Handles every whole tuple in {@code bytes[0, end)}; returns where the first incomplete one starts. */
        private int parse(byte[] bytes, int end) {
            int position = 0;
            if (!headerRead) {
                if (end < HEADER) {
                    return 0;
                }
                if (!Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                    throw new IllegalStateException("Not a binary COPY stream");
                }
                position = HEADER + readInt(bytes, HEADER - 4);
                headerRead = true;
            }
            while (!stopped && position + 2 <= end) {
                int fields = (short) (((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff));
                if (fields == -1) {
                    stopped = true;
                    return end;
                }
                if (fields != FIELDS) {
                    throw new IllegalStateException("An audit row has " + fields + " fields, not " + FIELDS);
                }
                int next = position + 2;
                for (int field = 0; field < FIELDS; field++) {
                    if (next + 4 > end) {
                        return position;
                    }
                    int length = readInt(bytes, next);
                    next += 4;
                    row.offsets[field] = next;
                    row.lengths[field] = length;
                    next += Math.max(length, 0);
                    if (next > end) {
                        return position;
                    }
                }
                row.buffer = bytes;
                stopped = !handler.accept(row);
                position = next;
            }
            return position;
        }

        private static int readInt(byte[] bytes, int at) {
            return ((bytes[at] & 0xff) << 24)
                    | ((bytes[at + 1] & 0xff) << 16)
                    | ((bytes[at + 2] & 0xff) << 8)
                    | (bytes[at + 3] & 0xff);
        }
    }
}
