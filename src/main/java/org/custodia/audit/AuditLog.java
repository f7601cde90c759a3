package org.custodia.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.custodia.audit.internal.ChainVerifier;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the trail: the organisation's administrators and DPOs search it and verify its chain.
 * Both are themselves audited. Row-level security limits everything to the reader's organisation.
 */
@Component
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final String COLUMNS = "id, organisation_id, sequence, occurred_at, actor_type, actor_id, action,"
            + " object_type, object_id, subject_id, purpose, outcome, detail, request_id, client_ref,"
            + " previous_hash, entry_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;
    private final AuditTrail trail;
    private final AuditSeals seals;
    private final Clock clock;

    AuditLog(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions,
            AuditTrail trail,
            AuditSeals seals,
            Clock clock) {
        this.seals = seals;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(10_000);
        this.writes = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.trail = trail;
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
                        + " order by sequence desc limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
                .query((row, n) -> new AuditEntry(
                        row.getLong("id"),
                        row.getLong("sequence"),
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
     * Re-computes the whole chain of the reader's organisation. The walk and its audit entry are two
     * transactions: the walk needs a snapshot of its own, and the result is returned only once the
     * entry is written.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public AuditVerification verify() {
        AuditVerification result = verifyCurrentChain();
        writes.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("audit.verified", result.intact() ? Outcome.SUCCESS : Outcome.FAILURE)
                    .about("audit-trail", null)
                    .withDetail("entries checked: " + result.entriesChecked()));
            if (result.intact()) {
                // A chain just shown intact is a good point to sign: it narrows what a rewrite could hide.
                seals.sealNow();
            }
        });
        return result;
    }

    /**
     * The walk itself, for whoever runs in the organisation's context (the benchmark, a scheduled
     * check). Call it outside a transaction: its own repeatable-read transaction reads the entries
     * and the chain head in one snapshot, so that appends committed meanwhile are not taken for
     * entries deleted from the end.
     */
    public AuditVerification verifyCurrentChain() {
        return snapshot.execute(status -> walk());
    }

    private AuditVerification walk() {
        List<Object[]> head = new ArrayList<>();
        jdbc.sql("select last_sequence, last_hash from audit_chain_heads"
                        + " where chain_key = coalesce(current_organisation(), '00000000-0000-0000-0000-000000000000')")
                .query(row -> {
                    head.add(new Object[] {row.getLong(1), row.getBytes(2)});
                });
        NavigableMap<Long, byte[]> sealed = new TreeMap<>();
        for (AuditSeals.Seal seal : seals.sealsForVerification()) {
            if (!seal.signatureValid()) {
                return AuditVerification.broken(
                        0,
                        null,
                        seal.sequence(),
                        "the seal made " + seal.sealedAt() + " for entry " + seal.sequence()
                                + " has no valid signature (forged)",
                        clock.instant());
            }
            sealed.put(seal.sequence(), seal.hash());
        }
        ChainVerifier verifier = head.isEmpty()
                ? new ChainVerifier(0, new byte[32], sealed)
                : new ChainVerifier((long) head.get(0)[0], (byte[]) head.get(0)[1], sealed);
        // By sequence alone: the unique (organisation_id, sequence) index then delivers the rows in
        // order without sorting the whole chain; a repeated sequence is reported whichever comes first.
        streaming.query(
                "select " + COLUMNS + " from audit_entries where " + ownChain() + " order by sequence",
                (RowCallbackHandler) verifier::accept);
        verifier.finish();
        return verifier.intact()
                ? AuditVerification.intact(verifier.checked(), clock.instant())
                : AuditVerification.broken(
                        verifier.checked(),
                        verifier.badEntryId(),
                        verifier.badSequence(),
                        verifier.problem(),
                        clock.instant());
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
