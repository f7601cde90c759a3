package org.custodia.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds on a person or a case. Other modules ask here before removing anything (the disposal
 * job does, and so will erasure on request).
 */
@Component
public class LegalHolds {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID place(NewHold hold) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (hold.target() == null) {
            errors.put("target", "Select whether the hold is on a person or a case");
        }
        if (hold.targetId() == null) {
            errors.put("targetId", "Enter the identifier of the person or case");
        }
        if (hold.ground() == null) {
            errors.put("ground", "Select the ground for the hold");
        }
        if (hold.reason() == null || hold.reason().isBlank()) {
            errors.put("reason", "Enter the reason for the hold");
        } else if (hold.reason().length() > 2000) {
            errors.put("reason", "The reason must be 2000 characters or fewer");
        }
        if (hold.reviewOn() == null) {
            errors.put("reviewOn", "Enter the date the hold is to be reviewed");
        } else if (!hold.reviewOn().isAfter(UkCalendar.today(clock))) {
            errors.put("reviewOn", "The review date must be in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into legal_holds (id, organisation_id, target_type, target_id, ground, reason, review_on,"
                        + " placed_by, placed_at) values (:id, current_organisation(), :type, :target, :ground, :reason,"
                        + " :review, :by, :at)")
                .param("id", id)
                .param("type", hold.target().name())
                .param("target", hold.targetId())
                .param("ground", hold.ground().name())
                .param("reason", hold.reason().trim())
                .param("review", hold.reviewOn())
                .param("by", Tenancy.requireActor().id().value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("retention.hold-placed", Outcome.SUCCESS)
                .about("legal-hold", id)
                .concerning(hold.target() == HoldTarget.PERSON ? hold.targetId() : null)
                .withDetail(hold.target().name() + " " + hold.targetId() + "; ground "
                        + hold.ground().name() + "; review on " + hold.reviewOn()));
        return id;
    }

    @Transactional
    public void lift(UUID id, String reason) {
        LegalHold hold = get(id);
        if (!hold.standing()) {
            throw new InvalidInput("reason", "This hold has already been lifted");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Enter why the hold is lifted");
        }
        jdbc.sql("update legal_holds set lifted_by = :by, lifted_at = :at, lift_reason = :reason where id = :id")
                .param("by", Tenancy.requireActor().id().value())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason.trim())
                .param("id", id)
                .update();
        audit.record(AuditRecord.of("retention.hold-lifted", Outcome.SUCCESS)
                .about("legal-hold", id)
                .concerning(hold.target() == HoldTarget.PERSON ? hold.targetId() : null)
                .withDetail(hold.target().name() + " " + hold.targetId()));
    }

    @Transactional(readOnly = true)
    public LegalHold get(UUID id) {
        return jdbc.sql("select * from legal_holds where id = :id")
                .param("id", id)
                .query(LegalHolds::map)
                .optional()
                .orElseThrow(() -> new NotFound("Legal hold"));
    }

    @Transactional(readOnly = true)
    public List<LegalHold> list() {
        return jdbc.sql("select * from legal_holds order by lifted_at nulls first, review_on, placed_at")
                .query(LegalHolds::map)
                .list();
    }

    /** Whether a standing hold covers this person or case. */
    @Transactional(readOnly = true)
    public boolean isHeld(UUID targetId) {
        return !held(List.of(targetId)).isEmpty();
    }

    /** Of these people and cases, the ones a standing hold covers. */
    @Transactional(readOnly = true)
    public Set<UUID> held(Collection<UUID> targetIds) {
        if (targetIds.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("select target_id from legal_holds where lifted_at is null and target_id in (:ids)")
                .param("ids", targetIds)
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** The standing holds on these people and cases, oldest first: erasure on request reports each. */
    @Transactional(readOnly = true)
    public List<LegalHold> standingOn(Collection<UUID> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from legal_holds where lifted_at is null and target_id in (:ids) order by placed_at")
                .param("ids", targetIds)
                .query(LegalHolds::map)
                .list();
    }

    /** Standing holds whose review date has come. */
    @Transactional(readOnly = true)
    public List<LegalHold> dueForReview() {
        LocalDate today = UkCalendar.today(clock);
        return list().stream()
                .filter(hold -> hold.standing() && !hold.reviewOn().isAfter(today))
                .toList();
    }

    private static LegalHold map(ResultSet rs, int row) throws SQLException {
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new LegalHold(
                rs.getObject("id", UUID.class),
                HoldTarget.valueOf(rs.getString("target_type")),
                rs.getObject("target_id", UUID.class),
                HoldGround.valueOf(rs.getString("ground")),
                rs.getString("reason"),
                rs.getObject("review_on", LocalDate.class),
                rs.getObject("placed_by", UUID.class),
                rs.getTimestamp("placed_at").toInstant(),
                lifted == null ? null : lifted.toInstant(),
                rs.getString("lift_reason"));
    }
}
