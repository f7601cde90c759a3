package org.custodia.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.servicedesk.Channel;
import org.custodia.servicedesk.QueueEntry;
import org.custodia.servicedesk.RequestStatus;
import org.custodia.servicedesk.SupportMessage;
import org.custodia.servicedesk.SupportRequest;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service desk's tables. Every query but the two functions runs in the request's organisation,
 * where row-level security admits its rows; the queue and the lookup run only for no organisation.
 */
@Repository
public class SupportRequestRows {

    private final JdbcClient jdbc;

    SupportRequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UserId user, String subject, Channel channel, String contactDetails, Instant at) {
        jdbc.sql("insert into support_requests (id, organisation_id, user_id, subject, status, channel,"
                        + " contact_details, raised_at, last_contact_at) values (:id, current_organisation(), :user,"
                        + " :subject, 'OPEN', :channel, :contact, :at, :at)")
                .param("id", id)
                .param("user", user.value())
                .param("subject", subject)
                .param("channel", channel.name())
                .param("contact", contactDetails)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void addMessage(UUID request, boolean fromDesk, UUID author, Channel channel, String body, Instant at) {
        jdbc.sql("insert into support_messages (id, organisation_id, request_id, author, author_id, channel, body,"
                        + " written_at) values (:id, current_organisation(), :request, :author, :authorId, :channel,"
                        + " :body, :at)")
                .param("id", UUID.randomUUID())
                .param("request", request)
                .param("author", fromDesk ? "OPERATOR" : "USER")
                .param("authorId", author)
                .param("channel", channel.name())
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("update support_requests set last_contact_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", request)
                .update();
    }

    public void setStatus(UUID request, RequestStatus status, Instant at) {
        jdbc.sql("update support_requests set status = :status, closed_at = case when :finished then"
                        + " coalesce(closed_at, :at) end where id = :id")
                .param("status", status.name())
                .param("finished", status.finished())
                .param("at", Timestamp.from(at))
                .param("id", request)
                .update();
    }

    public void assign(UUID request, UserId operator) {
        jdbc.sql("update support_requests set assignee = :operator where id = :id")
                .param("operator", operator == null ? null : operator.value())
                .param("id", request)
                .update();
    }

    /** The owner of the request, if it is in the current organisation. */
    public Optional<UUID> owner(UUID request) {
        return jdbc.sql("select user_id from support_requests where id = :id")
                .param("id", request)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("user_id", UUID.class)))
                .optional()
                .flatMap(o -> o);
    }

    public Optional<SupportRequest> find(UUID request) {
        return jdbc.sql("""
                        select r.*, o.name as organisation_name, u.email,
                            coalesce(concat_ws(' ', u.first_name, u.last_name), 'Anonymised') as requester
                        from support_requests r join organisations o on o.id = r.organisation_id
                        left join users u on u.id = r.user_id where r.id = :id""")
                .param("id", request)
                .query((rs, n) -> request(rs))
                .optional()
                .map(r -> new SupportRequest(
                        r.id(),
                        r.organisationName(),
                        r.requester(),
                        r.requesterEmail(),
                        r.subject(),
                        r.status(),
                        r.channel(),
                        r.contactDetails(),
                        r.assignee(),
                        r.raisedAt(),
                        r.lastContactAt(),
                        messages(request),
                        ScreenshotRows.list(jdbc, request)));
    }

    /** The user's own requests, newest contact first, without their threads. */
    public List<SupportRequest> of(UserId user) {
        return jdbc.sql("""
                        select r.*, o.name as organisation_name, u.email,
                            concat_ws(' ', u.first_name, u.last_name) as requester
                        from support_requests r join organisations o on o.id = r.organisation_id
                        join users u on u.id = r.user_id where r.user_id = :user order by r.last_contact_at desc""")
                .param("user", user.value())
                .query((rs, n) -> request(rs))
                .list();
    }

    public List<SupportMessage> messages(UUID request) {
        return jdbc.sql("select * from support_messages where request_id = :id order by written_at, id")
                .param("id", request)
                .query((rs, n) -> new SupportMessage(
                        rs.getObject("id", UUID.class),
                        "OPERATOR".equals(rs.getString("author")),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("body"),
                        rs.getTimestamp("written_at").toInstant(),
                        instant(rs, "redacted_at")))
                .list();
    }

    /** Overwrites the body: the text taken out is not kept anywhere. */
    public boolean redact(UUID request, UUID message, String body, Instant at) {
        return jdbc.sql("update support_messages set body = :body, redacted_at = :at where id = :message"
                                + " and request_id = :request")
                        .param("body", body)
                        .param("at", Timestamp.from(at))
                        .param("message", message)
                        .param("request", request)
                        .update()
                == 1;
    }

    public List<QueueEntry> queue() {
        return jdbc.sql("select * from service_desk_queue()")
                .query((rs, n) -> new QueueEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getString("requester"),
                        rs.getString("subject"),
                        RequestStatus.valueOf(rs.getString("status")),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("assignee", UUID.class),
                        rs.getTimestamp("raised_at").toInstant(),
                        rs.getTimestamp("last_contact_at").toInstant()))
                .list();
    }

    /** An active or invited user of the current organisation with this email address. */
    public Optional<UserId> userByEmail(String email) {
        return jdbc.sql("select id from users where email = :email and status <> 'DISABLED'")
                .param("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new UserId(rs.getObject("id", UUID.class)))
                .optional();
    }

    public Optional<OrganisationId> organisationOf(UUID request) {
        return jdbc.sql("select service_desk_request_organisation(:id)")
                .param("id", request)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .single()
                .map(OrganisationId::new);
    }

    private static SupportRequest request(ResultSet rs) throws SQLException {
        return new SupportRequest(
                rs.getObject("id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("requester"),
                rs.getString("email"),
                rs.getString("subject"),
                RequestStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("contact_details"),
                rs.getObject("assignee", UUID.class),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("last_contact_at").toInstant(),
                List.of(),
                List.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
