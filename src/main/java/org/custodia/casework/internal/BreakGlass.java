package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Access to a case outside one's teams, on a recorded reason: granted at once for a working day, then it
 * lapses. Each one waits on the DPOs' review list until a DPO records whether it was justified.
 */
@Repository
public class BreakGlass {

    static final Duration LASTS = Duration.ofHours(8);

    public record Override(
            UUID id,
            CaseId caseId,
            String caseReference,
            UUID userId,
            String reason,
            Instant grantedAt,
            Instant expiresAt) {}

    private final JdbcClient jdbc;

    BreakGlass(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID grant(OrganisationId organisation, CaseId id, UserId user, String reason, Instant now) {
        UUID override = UUID.randomUUID();
        jdbc.sql("insert into case_access_overrides (id, organisation_id, case_id, user_id, reason, granted_at,"
                        + " expires_at) values (:id, :organisation, :case, :user, :reason, :now, :expires)")
                .param("id", override)
                .param("organisation", organisation.value())
                .param("case", id.value())
                .param("user", user.value())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(LASTS)))
                .update();
        return override;
    }

    public List<Override> awaitingReview() {
        return jdbc.sql("select o.*, c.reference from case_access_overrides o join cases c on c.id = o.case_id"
                        + " where o.reviewed_at is null order by o.granted_at")
                .query((row, n) -> new Override(
                        row.getObject("id", UUID.class),
                        new CaseId(row.getObject("case_id", UUID.class)),
                        row.getString("reference"),
                        row.getObject("user_id", UUID.class),
                        row.getString("reason"),
                        row.getTimestamp("granted_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant()))
                .list();
    }

    public boolean review(UUID override, UserId reviewer, boolean justified, Instant now) {
        return jdbc.sql("update case_access_overrides set reviewed_by = :reviewer, reviewed_at = :now,"
                                + " review_outcome = :outcome where id = :id and reviewed_at is null")
                        .param("reviewer", reviewer.value())
                        .param("now", Timestamp.from(now))
                        .param("outcome", justified ? "JUSTIFIED" : "NOT_JUSTIFIED")
                        .param("id", override)
                        .update()
                == 1;
    }
}
