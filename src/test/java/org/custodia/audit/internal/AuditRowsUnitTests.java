package org.custodia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary COPY parser gives the same rows however the server's messages cut the stream. */
class AuditRowsUnitTests {

    @Test
    void rowsSurviveBeingCutAtEveryByte() throws IOException {
        byte[] stream = stream(3);
        List<String> whole = parse(List.of(stream));
        assertThat(whole).containsExactly("1|~|detail of 1", "2|~|detail of 2", "3|~|detail of 3");
        for (int cut = 1; cut < stream.length; cut++) {
            List<byte[]> chunks = new ArrayList<>();
            for (int from = 0; from < stream.length; from += cut) {
                chunks.add(Arrays.copyOfRange(stream, from, Math.min(stream.length, from + cut)));
            }
            assertThat(parse(chunks)).as("in chunks of %d bytes", cut).isEqualTo(whole);
        }
    }

    @Test
    void aHandlerThatStopsGetsNoMoreRows() throws IOException {
        List<Long> seen = new ArrayList<>();
        AuditRows.Parser parser = new AuditRows.Parser(row -> {
            seen.add(row.id());
            return row.id() < 2;
        });
        assertThat(parser.feed(stream(3))).isFalse();
        assertThat(seen).containsExactly(1L, 2L);
    }

    private static List<String> parse(List<byte[]> chunks) {
        List<String> rows = new ArrayList<>();
        AuditRows.Parser parser = new AuditRows.Parser(row -> {
            String detail = new String(
                    row.buffer(), row.offset(AuditRows.DETAIL), row.length(AuditRows.DETAIL), StandardCharsets.UTF_8);
            rows.add(row.id() + "|" + (row.isNull(AuditRows.SEQUENCE) ? "~" : row.getLong(AuditRows.SEQUENCE)) + "|"
                    + detail);
            return true;
        });
        for (byte[] chunk : chunks) {
            parser.feed(chunk);
        }
        return rows;
    }

    /** A binary COPY stream as PostgreSQL writes it: signature, flags, no extension, tuples, trailer. */
    private static byte[] stream(int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeInt(0);
        out.writeInt(0);
        for (int id = 1; id <= rows; id++) {
            out.writeShort(17);
            for (int field = 0; field < 17; field++) {
                if (field == AuditRows.ID) {
                    out.writeInt(8);
                    out.writeLong(id);
                } else if (field == AuditRows.DETAIL) {
                    byte[] detail = ("detail of " + id).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(detail.length);
                    out.write(detail);
                } else {
                    out.writeInt(-1);
                }
            }
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }
}
