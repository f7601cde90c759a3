package org.custodia.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.rights.Authority;
import org.custodia.rights.Channel;
import org.custodia.rights.FeeReason;
import org.custodia.rights.IdentityCheck;
import org.custodia.rights.RefusalGround;
import org.custodia.rights.RequestKind;
import org.custodia.rights.RequestOutcome;
import org.custodia.rights.RequestStatus;
import org.custodia.rights.ResponseMethod;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.NotFound;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code rights_requests} table. Row-level security keeps every query inside the organisation. */
@Component
public class RequestRows {

    private static final List<String> SEALED = List.of(
            "requester_name",
            "requester_email",
            "requester_address",
            "requester_phone",
            "subject_name",
            "subject_date_of_birth",
            "subject_other_names",
            "subject_address",
            "authority_note",
            "request_text");

    private final JdbcClient jdbc;

    RequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RequestRow(
            RightsRequestId id,
            RequestKind kind,
            Channel channel,
            LocalDate receivedOn,
            Authority authority,
            ResponseMethod responseMethod,
            RequestStatus status,
            IdentityCheck identity,
            LocalDate identityCheckedOn,
            Integer extensionMonths,
            String extensionReason,
            LocalDate extensionToldOn,
            FeeReason feeReason,
            Integer feePence,
            String feeExplanation,
            LocalDate feePaidOn,
            RefusalGround refusalGround,
            String refusalReasons,
            LocalDate refusalToldOn,
            RequestOutcome outcome,
            String outcomeSummary,
            Instant closedAt,
            Instant dueSoonReminderSentAt,
            Instant overdueReminderSentAt,
            Map<String, byte[]> sealed) {

        public boolean open() {
            return status != RequestStatus.CLOSED;
        }
    }

    public void insert(
            RightsRequestId id,
            RequestKind kind,
            Channel channel,
            LocalDate receivedOn,
            Authority authority,
            ResponseMethod responseMethod,
            Map<String, byte[]> sealed,
            UserId recordedBy,
            String clientRef,
            Instant at) {
        String columns = String.join(", ", SEALED);
        String values = ":" + String.join(", :", SEALED);
        JdbcClient.StatementSpec insert = jdbc.sql("insert into rights_requests (id, organisation_id, reference, kind,"
                        + " channel, received_on, authority, response_method, status, recorded_by, recorded_at,"
                        + " client_ref, " + columns + ") values (:id, current_organisation(), :reference, :kind,"
                        + " :channel, :receivedOn, :authority, :method, 'RECEIVED', :by, :at, :client, " + values + ")")
                .param("id", id.value())
                .param("reference", id.reference())
                .param("kind", kind.name())
                .param("channel", channel.name())
                .param("receivedOn", receivedOn)
                .param("authority", authority.name())
                .param("method", responseMethod.name())
                .param("by", recordedBy == null ? null : recordedBy.value())
                .param("at", Timestamp.from(at))
                .param("client", clientRef);
        for (String column : SEALED) {
            insert = insert.param(column, sealed.get(column), java.sql.Types.BINARY);
        }
        insert.update();
    }

    public Optional<RequestRow> find(RightsRequestId id) {
        return jdbc.sql("select * from rights_requests where id = :id")
                .param("id", id.value())
                .query(RequestRows::map)
                .optional();
    }

    public RequestRow get(RightsRequestId id) {
        return find(id).orElseThrow(() -> new NotFound("Rights request"));
    }

    /** Locks the row for the rest of the transaction, so that two steps on one request never interleave. */
    public RequestRow lock(RightsRequestId id) {
        return jdbc.sql("select * from rights_requests where id = :id for update")
                .param("id", id.value())
                .query(RequestRows::map)
                .optional()
                .orElseThrow(() -> new NotFound("Rights request"));
    }

    public List<RequestRow> all() {
        return jdbc.sql("select * from rights_requests order by received_on, recorded_at")
                .query(RequestRows::map)
                .list();
    }

    public List<RequestRow> open() {
        return jdbc.sql("select * from rights_requests where status <> 'CLOSED' order by received_on, recorded_at")
                .query(RequestRows::map)
                .list();
    }

    /** How many requests this client sent through the public form since the instant. */
    public int fromClientSince(String clientRef, Instant since) {
        return jdbc.sql("select count(*) from rights_requests where client_ref = :client and recorded_at >= :since")
                .param("client", clientRef)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Sets the named columns; the caller has checked the step is allowed. */
    public void set(RightsRequestId id, Map<String, Object> values) {
        StringBuilder sql = new StringBuilder("update rights_requests set ");
        int n = 0;
        for (String column : values.keySet()) {
            sql.append(n++ == 0 ? "" : ", ").append(column).append(" = :").append(column);
        }
        JdbcClient.StatementSpec update =
                jdbc.sql(sql.append(" where id = :id").toString()).param("id", id.value());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            update = update.param(value.getKey(), value.getValue());
        }
        update.update();
    }

    /** Marks a reminder sent; false if another node already did. */
    public boolean markReminderSent(RightsRequestId id, boolean overdue, Instant at) {
        String column = overdue ? "overdue_reminder_sent_at" : "due_soon_reminder_sent_at";
        return jdbc.sql("update rights_requests set " + column + " = :at where id = :id and " + column + " is null")
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static RequestRow map(ResultSet rs, int row) throws SQLException {
        Map<String, byte[]> sealed = new LinkedHashMap<>();
        for (String column : SEALED) {
            sealed.put(column, rs.getBytes(column));
        }
        sealed.put("identity_evidence", rs.getBytes("identity_evidence"));
        return new RequestRow(
                new RightsRequestId(rs.getObject("id", UUID.class)),
                RequestKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("received_on", LocalDate.class),
                Authority.valueOf(rs.getString("authority")),
                ResponseMethod.valueOf(rs.getString("response_method")),
                RequestStatus.valueOf(rs.getString("status")),
                value(IdentityCheck.class, rs.getString("identity")),
                rs.getObject("identity_checked_on", LocalDate.class),
                (Integer) rs.getObject("extension_months"),
                rs.getString("extension_reason"),
                rs.getObject("extension_told_on", LocalDate.class),
                value(FeeReason.class, rs.getString("fee_reason")),
                (Integer) rs.getObject("fee_pence"),
                rs.getString("fee_explanation"),
                rs.getObject("fee_paid_on", LocalDate.class),
                value(RefusalGround.class, rs.getString("refusal_ground")),
                rs.getString("refusal_reasons"),
                rs.getObject("refusal_told_on", LocalDate.class),
                value(RequestOutcome.class, rs.getString("outcome")),
                rs.getString("outcome_summary"),
                instant(rs.getTimestamp("closed_at")),
                instant(rs.getTimestamp("due_soon_reminder_sent_at")),
                instant(rs.getTimestamp("overdue_reminder_sent_at")),
                sealed);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
