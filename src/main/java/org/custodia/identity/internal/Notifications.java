package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages for a user's home page. */
@Repository
public class Notifications {

    public record Notification(UUID id, String message, String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(OrganisationId organisation, UserId recipient, String message, String link) {
        jdbc.sql("insert into notifications (id, organisation_id, recipient_id, message, link, created_at)"
                        + " values (:id, :organisation, :recipient, :message, :link, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("recipient", recipient.value())
                .param("message", message)
                .param("link", link)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    public List<Notification> of(UserId recipient) {
        return jdbc.sql("select * from notifications where recipient_id = :recipient order by created_at desc limit 50")
                .param("recipient", recipient.value())
                .query((row, n) -> new Notification(
                        row.getObject("id", UUID.class),
                        row.getString("message"),
                        row.getString("link"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("read_at") != null))
                .list();
    }
}
