package org.custodia.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.rights.Exemption;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code rights_request_redactions} table: the DPO's decision on each record of a request's file.
 * The withheld passage and the note are sealed under the request's key, bound to their row.
 */
@Component
public class Redactions {

    static final String TABLE = "rights_request_redactions";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    Redactions(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** One decision: WITHHOLD with its exemption (field and passage optional), or DISCLOSE after review. */
    public record Decision(
            UUID id,
            String recordId,
            boolean withhold,
            String field,
            String passage,
            Exemption exemption,
            String note,
            Instant decidedAt) {}

    public void add(RightsRequestId request, Decision decision, UserId by) {
        jdbc.sql("insert into " + TABLE + " (id, organisation_id, request_id, record_id, decision, field_name,"
                        + " passage, exemption, note, decided_by, decided_at) values (:id, current_organisation(),"
                        + " :request, :record, :decision, :field, :passage, :exemption, :note, :by, :at)")
                .param("id", decision.id())
                .param("request", request.value())
                .param("record", decision.recordId())
                .param("decision", decision.withhold() ? "WITHHOLD" : "DISCLOSE")
                .param("field", decision.field())
                .param("passage", seal(request, decision.id(), "passage", decision.passage()), Types.BINARY)
                .param(
                        "exemption",
                        decision.exemption() == null
                                ? null
                                : decision.exemption().name())
                .param("note", seal(request, decision.id(), "note", decision.note()), Types.BINARY)
                .param("by", by.value())
                .param("at", Timestamp.from(decision.decidedAt()))
                .update();
    }

    public List<Decision> of(RightsRequestId request) {
        return jdbc.sql("select * from " + TABLE + " where request_id = :request order by decided_at, id")
                .param("request", request.value())
                .query((rs, n) -> map(request, rs))
                .list();
    }

    public Optional<Decision> find(RightsRequestId request, UUID id) {
        return jdbc.sql("select * from " + TABLE + " where request_id = :request and id = :id")
                .param("request", request.value())
                .param("id", id)
                .query((rs, n) -> map(request, rs))
                .optional();
    }

    public int count(RightsRequestId request) {
        return jdbc.sql("select count(*) from " + TABLE + " where request_id = :request and decision = 'WITHHOLD'")
                .param("request", request.value())
                .query(Integer.class)
                .single();
    }

    public void remove(RightsRequestId request, UUID id) {
        jdbc.sql("delete from " + TABLE + " where request_id = :request and id = :id")
                .param("request", request.value())
                .param("id", id)
                .update();
    }

    private Decision map(RightsRequestId request, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String exemption = rs.getString("exemption");
        return new Decision(
                id,
                rs.getString("record_id"),
                "WITHHOLD".equals(rs.getString("decision")),
                rs.getString("field_name"),
                open(request, id, "passage", rs.getBytes("passage")),
                exemption == null ? null : Exemption.valueOf(exemption),
                open(request, id, "note", rs.getBytes("note")),
                rs.getTimestamp("decided_at").toInstant());
    }

    private byte[] seal(RightsRequestId request, UUID row, String column, String value) {
        return value == null ? null : encryption.encrypt(request.keyHolder(), FieldRef.of(TABLE, column, row), value);
    }

    private String open(RightsRequestId request, UUID row, String column, byte[] value) {
        return value == null ? null : encryption.decrypt(request.keyHolder(), FieldRef.of(TABLE, column, row), value);
    }
}
