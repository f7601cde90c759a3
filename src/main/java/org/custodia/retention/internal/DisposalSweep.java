package org.custodia.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.DueRecord;
import org.custodia.retention.EndAction;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.RetentionSchedule;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goes through the schedule's rules, one batch of due records at a time. Each batch (its disposals,
 * its log lines, the run's counters and its cursor) commits as one transaction: a run that stops
 * half-way, for whatever reason, resumes after the last committed batch, so no record is disposed of
 * twice and none is skipped.
 */
@Component
public class DisposalSweep {

    /** Called inside each batch's transaction before it commits; a test makes it throw to crash a run. */
    public interface BatchHook {
        BatchHook NONE = batch -> {};

        void beforeCommit(int batch);
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Tenancy tenancy;
    private final Holders holders;
    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final ReviewList reviews;
    private final DisposalLog log;
    private final AuditTrail audit;
    private final Clock clock;
    private final int batchSize;

    DisposalSweep(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Tenancy tenancy,
            Holders holders,
            RetentionSchedule schedule,
            LegalHolds holds,
            ReviewList reviews,
            DisposalLog log,
            AuditTrail audit,
            Clock clock,
            @Value("${custodia.retention.batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tenancy = tenancy;
        this.holders = holders;
        this.schedule = schedule;
        this.holds = holds;
        this.reviews = reviews;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** The organisation's unfinished run, or a new one as of today. Runs in the caller's transaction. */
    public UUID begin(Actor by) {
        Optional<UUID> running = jdbc.sql("select id from disposal_runs where status = 'RUNNING'")
                .query(UUID.class)
                .optional();
        if (running.isPresent()) {
            return running.get();
        }
        LocalDate asOf = UkCalendar.today(clock);
        long expected = 0;
        for (RetentionRule rule : actionable()) {
            expected += holders.of(rule.kind()).orElseThrow().countDue(rule, asOf);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into disposal_runs (id, organisation_id, as_of, status, started_by, started_at, expected)"
                        + " values (:id, current_organisation(), :asOf, 'RUNNING', :by, :at, :expected)")
                .param("id", id)
                .param("asOf", asOf)
                .param("by", by.id().value())
                .param("at", Timestamp.from(clock.instant()))
                .param("expected", (int) Math.min(Integer.MAX_VALUE, expected))
                .update();
        audit.record(AuditRecord.of("retention.disposal-run-started", Outcome.SUCCESS)
                .about("disposal-run", id)
                .withDetail("as of " + asOf + "; records due: " + expected)
                .by(by)
                .in(by.organisation()));
        return id;
    }

    /** Runs (or resumes) the run to its end, a batch per transaction. */
    public void run(OrganisationId organisation, UUID runId, Actor by, BatchHook hook) {
        boolean more = true;
        while (more) {
            Boolean next = transactions.execute(status -> tenancy.callAs(organisation, () -> batch(runId, by, hook)));
            more = Boolean.TRUE.equals(next);
        }
    }

    /** Begins (or resumes) and finishes the organisation's run. */
    public UUID sweep(OrganisationId organisation, Actor by) {
        UUID run = transactions.execute(status -> tenancy.callAs(organisation, () -> begin(by)));
        run(organisation, run, by, BatchHook.NONE);
        return run;
    }

    public boolean adopted(OrganisationId organisation) {
        return Boolean.TRUE.equals(transactions.execute(status -> tenancy.callAs(organisation, schedule::adopted)));
    }

    /** The rules the job acts on, in the order of their kinds: kinds some module keeps. */
    private List<RetentionRule> actionable() {
        List<RetentionRule> rules = new ArrayList<>();
        for (RetentionRule rule : schedule.rules()) {
            if (holders.kept(rule.kind())) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private boolean batch(UUID runId, Actor by, BatchHook hook) {
        RunState run = jdbc.sql("select status, as_of, rule_kind, cursor_id, batches from disposal_runs"
                        + " where id = :id for update")
                .param("id", runId)
                .query((rs, row) -> new RunState(
                        rs.getString("status"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("rule_kind"),
                        rs.getObject("cursor_id", UUID.class),
                        rs.getInt("batches")))
                .single();
        if (!"RUNNING".equals(run.status())) {
            return false;
        }
        Optional<RetentionRule> current = firstFrom(run.ruleKind());
        if (current.isEmpty()) {
            finish(runId, by);
            return false;
        }
        RetentionRule rule = current.get();
        // The cursor belongs to the kind it was saved for; a kind whose rule was removed mid-run is passed.
        UUID cursor = rule.kind().name().equals(run.ruleKind()) ? run.cursor() : null;
        RetainedRecords holder = holders.of(rule.kind()).orElseThrow();
        List<DueRecord> due = holder.due(rule, run.asOf(), cursor, batchSize);
        // Erasures audit each person; their entries wait for the end of the batch (see AuditTrail#deferring).
        Counts counts = audit.deferring(() -> act(runId, rule, holder, due, run.asOf()));
        boolean ruleDone = due.size() < batchSize;
        jdbc.sql("update disposal_runs set rule_kind = :kind, cursor_id = :cursor, examined = examined + :examined,"
                        + " destroyed = destroyed + :destroyed, anonymised = anonymised + :anonymised,"
                        + " listed_for_review = listed_for_review + :reviewed, held = held + :held,"
                        + " batches = batches + 1 where id = :id")
                .param("kind", ruleDone ? after(rule.kind()) : rule.kind().name())
                .param("cursor", ruleDone ? null : due.get(due.size() - 1).recordId())
                .param("examined", due.size())
                .param("destroyed", counts.destroyed)
                .param("anonymised", counts.anonymised)
                .param("reviewed", counts.reviewed)
                .param("held", counts.held)
                .param("id", runId)
                .update();
        if (!due.isEmpty()) {
            audit.record(AuditRecord.of("retention.disposal-batch", Outcome.SUCCESS)
                    .about("disposal-run", runId)
                    .withDetail(rule.kind().name() + " under rule " + rule.id() + ": destroyed " + counts.destroyed
                            + ", anonymised " + counts.anonymised + ", listed for review " + counts.reviewed
                            + ", held " + counts.held)
                    .by(by)
                    .in(by.organisation()));
        }
        hook.beforeCommit(run.batches() + 1);
        return true;
    }

    private Counts act(UUID runId, RetentionRule rule, RetainedRecords holder, List<DueRecord> due, LocalDate asOf) {
        Counts counts = new Counts();
        if (due.isEmpty()) {
            return counts;
        }
        List<UUID> ids = new ArrayList<>();
        for (DueRecord record : due) {
            ids.add(record.recordId());
            if (record.subjectId() != null) {
                ids.add(record.subjectId());
            }
        }
        Set<UUID> held = holds.held(ids);
        List<UUID> recordIds = due.stream().map(DueRecord::recordId).toList();
        Set<UUID> skip = rule.action() == EndAction.ANONYMISE
                ? log.anonymised(rule.kind(), recordIds)
                : rule.action() == EndAction.REVIEW ? reviews.waitingOrKept(rule.kind(), recordIds, asOf) : Set.of();
        Instant now = clock.instant();
        ErasureDecision decision = new ErasureDecision(ErasureDecision.Basis.RETENTION_PERIOD_ENDED, rule.id());
        List<DueRecord> destroyed = new ArrayList<>();
        List<DueRecord> done = new ArrayList<>();
        for (DueRecord record : due) {
            if (held.contains(record.recordId()) || (record.subjectId() != null && held.contains(record.subjectId()))) {
                counts.held++;
                continue;
            }
            if (skip.contains(record.recordId())) {
                continue;
            }
            switch (rule.action()) {
                case DESTROY:
                    destroyed.add(record);
                    counts.destroyed++;
                    break;
                case ANONYMISE:
                    holder.anonymise(record);
                    counts.anonymised++;
                    break;
                default:
                    reviews.list(record, rule.id(), now);
                    counts.reviewed++;
            }
            done.add(record);
        }
        log.writeAll(runId, done, rule.id(), rule.action(), now);
        if (!destroyed.isEmpty()) {
            holder.destroyAll(destroyed, decision);
        }
        return counts;
    }

    private void finish(UUID runId, Actor by) {
        jdbc.sql("update disposal_runs set status = 'COMPLETED', finished_at = :at, cursor_id = null where id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", runId)
                .update();
        String totals = jdbc.sql("select 'examined ' || examined || ', destroyed ' || destroyed || ', anonymised '"
                        + " || anonymised || ', listed for review ' || listed_for_review || ', held ' || held"
                        + " from disposal_runs where id = :id")
                .param("id", runId)
                .query(String.class)
                .single();
        audit.record(AuditRecord.of("retention.disposal-run-completed", Outcome.SUCCESS)
                .about("disposal-run", runId)
                .withDetail(totals)
                .by(by)
                .in(by.organisation()));
    }

    /** The first rule the job acts on at or after the kind a run has reached (null: from the start). */
    private Optional<RetentionRule> firstFrom(String kind) {
        if (END.equals(kind)) {
            return Optional.empty();
        }
        RecordKind from = kind == null ? null : RecordKind.valueOf(kind);
        return actionable().stream()
                .filter(rule -> from == null || rule.kind().compareTo(from) >= 0)
                .findFirst();
    }

    private static String after(RecordKind kind) {
        RecordKind[] kinds = RecordKind.values();
        return kind.ordinal() + 1 < kinds.length ? kinds[kind.ordinal() + 1].name() : END;
    }

    private static final String END = "END";

    private record RunState(String status, LocalDate asOf, String ruleKind, UUID cursor, int batches) {}

    private static final class Counts {
        int destroyed;
        int anonymised;
        int reviewed;
        int held;
    }
}
