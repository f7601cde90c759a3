package org.custodia.retention;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.platform.Tenancy;
import org.custodia.retention.internal.ReadyMadeSchedule;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The organisation's retention schedule: adopting the ready-made one, editing rules, publishing. */
@Component
public class RetentionSchedule {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Organisations organisations;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    RetentionSchedule(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            Organisations organisations,
            Tenancy tenancy,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
        this.tenancy = tenancy;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public boolean adopted() {
        return jdbc.sql("select count(*) from retention_schedules")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adopts the ready-made schedule; an organisation adopts once, then edits. */
    @Transactional
    public void adoptReadyMade() {
        if (adopted()) {
            throw new InvalidInput("schedule", "The schedule has already been adopted: change its rules instead");
        }
        UUID by = Tenancy.requireActor().id().value();
        jdbc.sql("insert into retention_schedules (organisation_id, adopted_by, adopted_at)"
                        + " values (current_organisation(), :by, :at)")
                .param("by", by)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        for (ReadyMadeSchedule.Line line : ReadyMadeSchedule.lines()) {
            insert(line.kind(), line.rule(), by);
        }
        audit.record(AuditRecord.of("retention.schedule-adopted", Outcome.SUCCESS)
                .withDetail("ready-made schedule; rules: "
                        + ReadyMadeSchedule.lines().size()));
    }

    /**
     * The ready-made rule for a kind. The processor keeps its own records of some kinds (usage
     * statistics and feedback of no organisation) and disposes of them by it.
     */
    public static Optional<RuleChange> readyMade(RecordKind kind) {
        return ReadyMadeSchedule.lines().stream()
                .filter(line -> line.kind() == kind)
                .map(ReadyMadeSchedule.Line::rule)
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<RetentionRule> rules() {
        return jdbc.sql("select * from retention_rules").query(RetentionSchedule::map).list().stream()
                .sorted(java.util.Comparator.comparing(RetentionRule::kind))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<RetentionRule> rule(RecordKind kind) {
        return jdbc.sql("select * from retention_rules where record_kind = :kind")
                .param("kind", kind.name())
                .query(RetentionSchedule::map)
                .optional();
    }

    /** Changes (or adds) the rule for a kind of record. */
    @Transactional
    public RetentionRule change(RecordKind kind, RuleChange change) {
        if (!adopted()) {
            throw new NotFound("Retention schedule");
        }
        check(kind, change);
        UUID by = Tenancy.requireActor().id().value();
        Optional<RetentionRule> before = rule(kind);
        if (before.isPresent()) {
            jdbc.sql("update retention_rules set period_years = :years, starts_from = :from, child_death_years = :cdy,"
                            + " end_action = :action, source = :source, updated_by = :by, updated_at = :at"
                            + " where record_kind = :kind")
                    .param("years", change.periodYears())
                    .param("from", change.startsFrom().name())
                    .param("cdy", change.childDeathYears())
                    .param("action", change.action().name())
                    .param("source", blankToNull(change.source()))
                    .param("by", by)
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("kind", kind.name())
                    .update();
        } else {
            insert(kind, change, by);
        }
        RetentionRule after = rule(kind).orElseThrow();
        audit.record(AuditRecord.of("retention.rule-changed", Outcome.SUCCESS)
                .about("retention-rule", after.id())
                .withDetail(kind.name() + ": " + after.describe() + "; then "
                        + after.action().name()));
        return after;
    }

    /** The published schedule of an organisation, for anyone: empty until it is adopted. */
    public Optional<PublishedSchedule> published(String organisationCode) {
        Organisation organisation = organisations
                .findByCode(organisationCode)
                .filter(o -> !Organisations.PLATFORM_CODE.equalsIgnoreCase(o.code()))
                .orElseThrow(() -> new NotFound("Organisation"));
        return transactions.execute(status -> tenancy.callAs(
                organisation.id(),
                () -> adopted()
                        ? Optional.of(new PublishedSchedule(organisation.name(), organisation.code(), rules()))
                        : Optional.<PublishedSchedule>empty()));
    }

    public record PublishedSchedule(String organisationName, String organisationCode, List<RetentionRule> rules) {}

    static void check(RecordKind kind, RuleChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (change.periodYears() == null || change.periodYears() < 1 || change.periodYears() > 150) {
            errors.put("periodYears", "Enter a period between 1 and 150 years");
        }
        if (change.startsFrom() == null) {
            errors.put("startsFrom", "Select the event the period runs from");
        } else if (!kind.startEvents().contains(change.startsFrom())) {
            errors.put(
                    "startsFrom",
                    "A " + kind.label().toLowerCase() + " cannot run from the "
                            + change.startsFrom().label());
        }
        if (change.childDeathYears() != null) {
            if (change.childDeathYears() < 1 || change.childDeathYears() > 150) {
                errors.put("childDeathYears", "Enter a period after death between 1 and 150 years, or leave it empty");
            } else if (change.startsFrom() != StartEvent.DATE_OF_BIRTH) {
                errors.put(
                        "childDeathYears",
                        "A period after the death of a child applies only to a rule that runs from the date of birth");
            }
        }
        if (change.action() == null) {
            errors.put("action", "Select what happens at the end of the period");
        } else if (!kind.endActions().contains(change.action())) {
            errors.put("action", "The audit trail is evidence: it can only be reviewed, never disposed of");
        }
        if (change.source() != null && change.source().length() > 500) {
            errors.put("source", "The source must be 500 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void insert(RecordKind kind, RuleChange rule, UUID by) {
        jdbc.sql("insert into retention_rules (id, organisation_id, record_kind, period_years, starts_from,"
                        + " child_death_years, end_action, source, updated_by, updated_at) values (:id,"
                        + " current_organisation(), :kind, :years, :from, :cdy, :action, :source, :by, :at)")
                .param("id", UUID.randomUUID())
                .param("kind", kind.name())
                .param("years", rule.periodYears())
                .param("from", rule.startsFrom().name())
                .param("cdy", rule.childDeathYears())
                .param("action", rule.action().name())
                .param("source", blankToNull(rule.source()))
                .param("by", by)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static RetentionRule map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RetentionRule(
                rs.getObject("id", UUID.class),
                RecordKind.valueOf(rs.getString("record_kind")),
                rs.getInt("period_years"),
                StartEvent.valueOf(rs.getString("starts_from")),
                (Integer) rs.getObject("child_death_years"),
                EndAction.valueOf(rs.getString("end_action")),
                rs.getString("source"));
    }

    /** The kinds of record the schedule has no rule for: their records are reported, never disposed of. */
    @Transactional(readOnly = true)
    public List<RecordKind> kindsWithoutRule() {
        List<RecordKind> kinds = new ArrayList<>(List.of(RecordKind.values()));
        rules().forEach(rule -> kinds.remove(rule.kind()));
        return kinds;
    }
}
