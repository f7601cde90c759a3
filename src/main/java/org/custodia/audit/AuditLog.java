package org.custodia.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.internal.ChainVerifier;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the trail: the organisation's administrators and DPOs search it and verify its chain.
 * Both are themselves audited. Row-level security limits everything to the reader's organisation.
 */
@Component
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final String COLUMNS = "id, sequence, occurred_at, actor_type, actor_id, action, object_type,"
            + " object_id, subject_id, purpose, outcome, detail, request_id";

    private final JdbcClient jdbc;
    private final TransactionTemplate writes;
    private final AuditTrail trail;
    private final AuditSeals seals;
    private final ChainVerifier verifier;
    private final Clock clock;

    AuditLog(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            AuditTrail trail,
            AuditSeals seals,
            ChainVerifier verifier,
            Clock clock) {
        this.seals = seals;
        this.jdbc = jdbc;
        this.writes = new TransactionTemplate(transactions);
        this.trail = trail;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** One page (from 0) of the entries that match, newest first, with the total count. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public AuditPage search(AuditFilter filter, int page) {
        StringBuilder where = new StringBuilder(" where " + ownChain());
        Map<String, Object> params = new HashMap<>();
        if (filter.actorId() != null) {
            where.append(" and actor_id = :actorId");
            params.put("actorId", filter.actorId());
        }
        addEquals(where, params, "action", filter.action());
        addEquals(where, params, "object_type", filter.objectType());
        addEquals(where, params, "object_id", filter.objectId());
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.sql("select count(*) from audit_entries" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_entries" + where
                        // Newest first, by the time recorded: a pending entry has no sequence yet.
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
                .query((row, n) -> new AuditEntry(
                        row.getLong("id"),
                        row.getObject("sequence", Long.class),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor_type"),
                        row.getObject("actor_id", UUID.class),
                        row.getString("action"),
                        row.getString("object_type"),
                        row.getString("object_id"),
                        row.getObject("subject_id", UUID.class),
                        row.getString("purpose"),
                        row.getString("outcome"),
                        row.getString("detail"),
                        row.getString("request_id")))
                .list();
        trail.record(AuditRecord.of("audit.searched", Outcome.SUCCESS).about("audit-trail", null));
        return new AuditPage(entries, total, Math.max(page, 0), PAGE_SIZE);
    }

    /**
     * Re-computes the whole chain of the reader's organisation and checks its pending entries. The walk
     * and its audit entry are two transactions: the walk needs a snapshot of its own, and the result is
     * returned only once the entry is written.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public AuditVerification verify() {
        return recorded(verifyCurrentChain());
    }

    /**
     * The same from the last seal on: the batches after it, every pending entry, and that the chain
     * still passes through the seal. Quick on a long trail; what came before was checked when sealed.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public AuditVerification verifySinceLastSeal() {
        return recorded(verifyCurrentChainSinceLastSeal());
    }

    private AuditVerification recorded(AuditVerification result) {
        writes.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("audit.verified", result.intact() ? Outcome.SUCCESS : Outcome.FAILURE)
                    .about("audit-trail", null)
                    .withDetail("entries checked: " + result.entriesChecked() + ", pending: " + result.pendingEntries()
                            + ", from entry " + result.fromSequence()));
            if (result.intact()) {
                // A chain just shown intact is a good point to sign: it narrows what a rewrite could hide.
                seals.sealNow();
            }
        });
        return result;
    }

    /**
     * The walk itself, for whoever runs in the organisation's context (the benchmark, a scheduled
     * check). Reads the entries, batches, seals and chain head in one snapshot, so that entries
     * chained meanwhile are not taken for entries deleted from the end.
     */
    public AuditVerification verifyCurrentChain() {
        return AuditVerification.of(verifier.verify(currentOrganisation(), false), clock.instant());
    }

    public AuditVerification verifyCurrentChainSinceLastSeal() {
        return AuditVerification.of(verifier.verify(currentOrganisation(), true), clock.instant());
    }

    private static UUID currentOrganisation() {
        return Tenancy.current().map(OrganisationId::value).orElse(null);
    }

    /**
     * Row-level security already limits rows to the current organisation, but with "is not distinct
     * from", which no index can serve; this indexable form keeps reads off other organisations' rows.
     */
    private static String ownChain() {
        return Tenancy.current().isPresent() ? "organisation_id = current_organisation()" : "organisation_id is null";
    }

    private static void addEquals(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value.trim());
        }
    }

    private static Timestamp startOf(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(UkCalendar.ZONE).toInstant());
    }
}
