package org.custodia.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.retention.internal.DisposalSweep;
import org.custodia.retention.internal.Holders;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Disposal runs: starting one now, their progress, their certificates, and what no rule covers. */
@Component
public class Disposals {

    /** Certificates list at most this many records on screen; the count says how many in all. */
    public static final int ITEMS_SHOWN = 1000;

    private static final Logger logger = LoggerFactory.getLogger(Disposals.class);

    private final JdbcClient jdbc;
    private final DisposalSweep sweep;
    private final Holders holders;
    private final RetentionSchedule schedule;
    private final TaskExecutor executor;

    Disposals(
            JdbcClient jdbc,
            DisposalSweep sweep,
            Holders holders,
            RetentionSchedule schedule,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.jdbc = jdbc;
        this.sweep = sweep;
        this.holders = holders;
        this.schedule = schedule;
        this.executor = executor;
    }

    /** Starts a run (or returns the unfinished one) and carries it on in the background. */
    @Transactional
    public UUID start() {
        if (!schedule.adopted()) {
            throw new InvalidInput("schedule", "Adopt a retention schedule before disposing of records");
        }
        Actor by = Tenancy.requireActor();
        UUID run = sweep.begin(by);
        OrganisationId organisation = by.organisation();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> {
                    try {
                        sweep.run(organisation, run, by, DisposalSweep.BatchHook.NONE);
                    } catch (RuntimeException e) {
                        // The run stays RUNNING at its last committed batch; the scheduled job resumes it.
                        logger.error("Disposal run {} stopped; it will resume", run, e);
                    }
                });
            }
        });
        return run;
    }

    @Transactional(readOnly = true)
    public List<DisposalRun> runs() {
        return jdbc.sql("select * from disposal_runs order by started_at desc limit 50")
                .query(Disposals::map)
                .list();
    }

    @Transactional(readOnly = true)
    public DisposalRun run(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Disposal run"));
    }

    @Transactional(readOnly = true)
    public DisposalCertificate certificate(UUID id) {
        DisposalRun run = run(id);
        List<DisposalCertificate.Line> lines = jdbc.sql("select record_kind, rule_id, action, count(*) as n"
                        + " from disposal_log where run_id = :run group by record_kind, rule_id, action"
                        + " order by record_kind, action")
                .param("run", id)
                .query((rs, row) -> new DisposalCertificate.Line(
                        RecordKind.valueOf(rs.getString("record_kind")),
                        rs.getObject("rule_id", UUID.class),
                        EndAction.valueOf(rs.getString("action")),
                        rs.getLong("n")))
                .list();
        List<DisposalCertificate.Item> items = jdbc.sql(
                        "select * from disposal_log where run_id = :run order by id" + " limit " + ITEMS_SHOWN)
                .param("run", id)
                .query(Disposals::item)
                .list();
        long count = lines.stream().mapToLong(DisposalCertificate.Line::count).sum();
        return new DisposalCertificate(run, lines, items, count);
    }

    /** Records disposed of on a DPO's review decision, newest first. */
    @Transactional(readOnly = true)
    public List<DisposalCertificate.Item> disposedOnReview() {
        return jdbc.sql("select * from disposal_log where review_id is not null order by id desc limit " + ITEMS_SHOWN)
                .query(Disposals::item)
                .list();
    }

    /** Records no rule applies to, by kind. */
    @Transactional(readOnly = true)
    public List<UnruledRecords> unruled() {
        List<UnruledRecords> report = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            Optional<RetainedRecords> holder = holders.of(kind);
            if (holder.isEmpty()) {
                continue;
            }
            Optional<RetentionRule> rule = schedule.rule(kind);
            if (rule.isEmpty()) {
                long count = holder.get().count(kind);
                if (count > 0) {
                    report.add(new UnruledRecords(kind, count, "The schedule has no rule for this kind of record"));
                }
            } else {
                long count = holder.get().countWithoutStart(rule.get());
                if (count > 0) {
                    report.add(new UnruledRecords(
                            kind,
                            count,
                            "No " + rule.get().startsFrom().label() + " is recorded, so the period"
                                    + " cannot be worked out"));
                }
            }
        }
        return report;
    }

    private Optional<DisposalRun> find(UUID id) {
        return jdbc.sql("select * from disposal_runs where id = :id")
                .param("id", id)
                .query(Disposals::map)
                .optional();
    }

    private static DisposalCertificate.Item item(ResultSet rs, int row) throws SQLException {
        return new DisposalCertificate.Item(
                RecordKind.valueOf(rs.getString("record_kind")),
                rs.getObject("record_id", UUID.class),
                rs.getString("reference"),
                EndAction.valueOf(rs.getString("action")),
                rs.getObject("rule_id", UUID.class));
    }

    private static DisposalRun map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new DisposalRun(
                rs.getObject("id", UUID.class),
                rs.getObject("as_of", java.time.LocalDate.class),
                "RUNNING".equals(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getInt("expected"),
                rs.getInt("examined"),
                rs.getInt("destroyed"),
                rs.getInt("anonymised"),
                rs.getInt("listed_for_review"),
                rs.getInt("held"));
    }
}
