package org.custodia.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.internal.DisposalLog;
import org.custodia.retention.internal.Holders;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The DPO's review list: records whose rule says a person decides. */
@Component
public class RetentionReviews {

    private final JdbcClient jdbc;
    private final Holders holders;
    private final LegalHolds holds;
    private final DisposalLog log;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionReviews(
            JdbcClient jdbc, Holders holders, LegalHolds holds, DisposalLog log, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.holders = holders;
        this.holds = holds;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RetentionReview> open() {
        return jdbc.sql("select * from retention_reviews where decision is null order by due_on, listed_at")
                .query(RetentionReviews::map)
                .list();
    }

    @Transactional(readOnly = true)
    public List<RetentionReview> decided() {
        return jdbc.sql("select * from retention_reviews where decision is not null order by decided_at desc limit 100")
                .query(RetentionReviews::map)
                .list();
    }

    @Transactional(readOnly = true)
    public RetentionReview get(UUID id) {
        return jdbc.sql("select * from retention_reviews where id = :id")
                .param("id", id)
                .query(RetentionReviews::map)
                .optional()
                .orElseThrow(() -> new NotFound("Review"));
    }

    @Transactional
    public void decide(UUID id, ReviewDecision decision) {
        RetentionReview review = get(id);
        if (!review.open()) {
            throw new InvalidInput("choice", "This record has already been decided");
        }
        if (decision.choice() == null) {
            throw new InvalidInput("choice", "Select what to do with the record");
        }
        LocalDate today = UkCalendar.today(clock);
        DueRecord record =
                new DueRecord(review.kind(), review.recordId(), review.reference(), review.subjectId(), review.dueOn());
        String detail;
        switch (decision.choice()) {
            case DISPOSE:
                if (holds.isHeld(review.recordId())
                        || (review.subjectId() != null && holds.isHeld(review.subjectId()))) {
                    throw new InvalidInput("choice", "A legal hold covers this record: lift the hold first");
                }
                RetainedRecords holder = holders.of(review.kind()).orElseThrow(() -> new NotFound("Record"));
                holder.destroy(
                        record, new ErasureDecision(ErasureDecision.Basis.RETENTION_PERIOD_ENDED, review.ruleId()));
                log.write(null, id, record, review.ruleId(), EndAction.DESTROY, clock.instant());
                detail = "disposed of";
                break;
            case KEEP:
                if (decision.keepUntil() == null || !decision.keepUntil().isAfter(today)) {
                    throw new InvalidInput(
                            decision.reason() == null || decision.reason().isBlank()
                                    ? java.util.Map.of(
                                            "keepUntil", "Enter a date in the future to keep the record until",
                                            "reason", "Enter why the record is kept")
                                    : java.util.Map.of(
                                            "keepUntil", "Enter a date in the future to keep the record until"));
                }
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw new InvalidInput("reason", "Enter why the record is kept");
                }
                detail = "kept until " + decision.keepUntil();
                break;
            default:
                holds.place(new NewHold(
                        HoldTarget.CASE,
                        review.recordId(),
                        decision.ground(),
                        decision.reason(),
                        decision.holdReviewOn()));
                detail = "legal hold placed";
        }
        jdbc.sql("update retention_reviews set decision = :decision, keep_until = :keep, reason = :reason,"
                        + " decided_by = :by, decided_at = :at where id = :id")
                .param("decision", decision.choice().name())
                .param("keep", decision.choice() == ReviewDecision.Choice.KEEP ? decision.keepUntil() : null)
                .param(
                        "reason",
                        decision.reason() == null ? null : decision.reason().trim())
                .param("by", Tenancy.requireActor().id().value())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        audit.record(AuditRecord.of("retention.review-decided", Outcome.SUCCESS)
                .about("retention-review", id)
                .concerning(review.subjectId())
                .withDetail(review.kind().name() + " " + review.recordId() + ": " + detail));
    }

    private static RetentionReview map(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new RetentionReview(
                rs.getObject("id", UUID.class),
                RecordKind.valueOf(rs.getString("record_kind")),
                rs.getObject("record_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("rule_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getTimestamp("listed_at").toInstant(),
                decision == null ? null : ReviewDecision.Choice.valueOf(decision),
                rs.getObject("keep_until", LocalDate.class),
                rs.getString("reason"));
    }
}
