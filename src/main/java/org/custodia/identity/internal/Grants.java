package org.custodia.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sensitive_data_grants table. An open grant has no end yet; whether it is current also depends
 * on the holder's training today, which callers check (see {@link GrantConditions}).
 */
@Repository
public class Grants {

    public enum Ending {
        REVOKED,
        LAPSED
    }

    /** An open grant, with the names of its holder and of the administrator who gave it. */
    public record OpenGrant(
            UUID id,
            UserId user,
            String holderName,
            String holderEmail,
            String reason,
            String grantedBy,
            Instant grantedAt) {}

    private static final String OPEN = """
            select g.id, g.user_id, g.reason, g.granted_at, concat_ws(' ', u.first_name, u.last_name) as holder_name,
                u.email as holder_email, concat_ws(' ', b.first_name, b.last_name) as granted_by_name
            from sensitive_data_grants g
            join users u on u.id = g.user_id
            left join users b on b.id = g.granted_by
            where g.ended_at is null
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Grants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OpenGrant> openFor(UserId user) {
        return jdbc.sql(OPEN + " and g.user_id = :user")
                .param("user", user.value())
                .query(Grants::map)
                .optional();
    }

    public List<OpenGrant> allOpen() {
        return jdbc.sql(OPEN + " order by lower(u.last_name), lower(u.first_name), u.email")
                .query(Grants::map)
                .list();
    }

    public void insert(OrganisationId organisation, UserId user, String reason, UserId grantedBy) {
        jdbc.sql("insert into sensitive_data_grants (id, organisation_id, user_id, reason, granted_by, granted_at)"
                        + " values (:id, :organisation, :user, :reason, :by, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("user", user.value())
                .param("reason", reason)
                .param("by", grantedBy.value())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Ends a grant unless something else already has. The condition makes two nodes (or a sweep and
     * an administrator) ending the same grant at once end it only once: the second update waits for
     * the first to commit, then finds it ended.
     */
    public boolean end(UUID grant, Ending how, UserId endedBy, String reason) {
        return jdbc.sql("update sensitive_data_grants set ended_at = :now, ended_how = :how, ended_by = :by,"
                                + " end_reason = :reason where id = :id and ended_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("how", how.name())
                        .param("by", endedBy == null ? null : endedBy.value())
                        .param("reason", reason)
                        .param("id", grant)
                        .update()
                == 1;
    }

    private static OpenGrant map(ResultSet row, int n) throws SQLException {
        return new OpenGrant(
                row.getObject("id", UUID.class),
                new UserId(row.getObject("user_id", UUID.class)),
                row.getString("holder_name"),
                row.getString("holder_email"),
                row.getString("reason"),
                row.getString("granted_by_name"),
                row.getTimestamp("granted_at").toInstant());
    }
}
