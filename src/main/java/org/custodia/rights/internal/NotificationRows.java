package org.custodia.rights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.rights.NotifiedChange;
import org.custodia.rights.RecipientNotification;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each recipient told of a change made on a request (Art 19). */
@Component
public class NotificationRows {

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RightsRequestId request, RecipientNotification n, UUID letter) {
        jdbc.sql("insert into rights_request_notifications (id, organisation_id, request_id, recipient_id,"
                        + " recipient_name, change, method, letter_id, created_at) values (:id, current_organisation(),"
                        + " :request, :recipient, :name, :change, :method, :letter, :at)")
                .param("id", n.id())
                .param("request", request.value())
                .param("recipient", n.recipient())
                .param("name", n.recipientName())
                .param("change", n.change().name())
                .param("method", n.method().name())
                .param("letter", letter)
                .param("at", Timestamp.from(n.createdAt()))
                .update();
    }

    public List<RecipientNotification> of(RightsRequestId request) {
        return jdbc.sql("select * from rights_request_notifications where request_id = :request"
                        + " order by created_at, recipient_name")
                .param("request", request.value())
                .query(NotificationRows::map)
                .list();
    }

    public Optional<RecipientNotification> find(RightsRequestId request, UUID id) {
        return jdbc.sql("select * from rights_request_notifications where request_id = :request and id = :id"
                        + " for update")
                .param("request", request.value())
                .param("id", id)
                .query(NotificationRows::map)
                .optional();
    }

    public void done(UUID id, String how, LocalDate on, UserId by, Instant at) {
        jdbc.sql("update rights_request_notifications set done_how = :how, done_on = :on, done_by = :by, done_at = :at"
                        + " where id = :id")
                .param("how", how)
                .param("on", on)
                .param("by", by.value())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    private static RecipientNotification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new RecipientNotification(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient_id", UUID.class),
                rs.getString("recipient_name"),
                NotifiedChange.valueOf(rs.getString("change")),
                RecipientNotification.Method.valueOf(rs.getString("method")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("done_how"),
                rs.getObject("done_on", LocalDate.class),
                done == null ? null : done.toInstant());
    }
}
