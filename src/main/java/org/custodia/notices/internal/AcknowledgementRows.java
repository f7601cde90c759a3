package org.custodia.notices.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.custodia.notices.Notice;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which version of each notice a user last knowingly worked under, in their organisation. */
@Repository
public class AcknowledgementRows {

    /** The version in force at a first sign-in, or one whose changes the user acknowledged. */
    public enum Kind {
        BASELINE,
        ACKNOWLEDGED
    }

    /** The latest row: a null version means none was published then. */
    public record Latest(Kind kind, Integer version) {}

    private final JdbcClient jdbc;

    AcknowledgementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Latest> latest(UserId user, Notice notice) {
        return jdbc.sql("select kind, version_number from notice_acknowledgements where user_id = :user"
                        + " and notice = :notice order by recorded_at desc, version_number desc nulls last limit 1")
                .param("user", user.value())
                .param("notice", notice.name())
                .query((rs, row) ->
                        new Latest(Kind.valueOf(rs.getString("kind")), (Integer) rs.getObject("version_number")))
                .optional();
    }

    public void record(UserId user, Notice notice, Integer version, Kind kind, Instant at) {
        jdbc.sql("insert into notice_acknowledgements (id, organisation_id, user_id, notice, version_number, kind,"
                        + " recorded_at) values (:id, current_organisation(), :user, :notice, :version, :kind, :at)")
                .param("id", UUID.randomUUID())
                .param("user", user.value())
                .param("notice", notice.name())
                .param("version", version)
                .param("kind", kind.name())
                .param("at", Timestamp.from(at))
                .update();
    }
}
