package org.custodia.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.audit.internal.AuditCanonicalForm;
import org.custodia.audit.internal.AuditChainer;
import org.custodia.encryption.Macs;
import org.custodia.encryption.Pseudonyms;
import org.custodia.platform.RequestContext;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit trail, always inside the transaction of the action it records: if the entry
 * cannot be written the action rolls back with it. There is deliberately no switch to turn it off.
 * An entry is written pending, with a MAC of its content under a key the database does not hold;
 * the chainer ({@link #chainPending()}, and every second on its own) then chains and seals it, so
 * that audited actions never wait for one another.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final NamedParameterJdbcTemplate batches;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final TransactionTemplate separately;
    private final Macs macs;
    private final AuditChainer chainer;

    AuditTrail(
            NamedParameterJdbcTemplate batches,
            Clock clock,
            Pseudonyms pseudonyms,
            PlatformTransactionManager transactions,
            Macs macs,
            AuditChainer chainer) {
        this.batches = batches;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
        this.macs = macs;
        this.chainer = chainer;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        Actor actor =
                record.actor() != null ? record.actor() : Tenancy.currentActor().orElse(null);
        OrganisationId organisation = record.organisation() != null
                ? record.organisation()
                : Tenancy.current().orElse(null);
        List<Pending> deferred = DEFERRED.get();
        // Microseconds, as PostgreSQL keeps them: the MAC is over the time as stored.
        Pending entry = new Pending(
                record.by(actor).in(organisation),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                RequestContext.current().orElse(null));
        if (deferred != null) {
            deferred.add(entry);
            return;
        }
        write(entry);
    }

    /**
     * Does the work, holding back the audit entries it records until it has finished, then writes them
     * in order, in the same transaction, in one round trip (a disposal batch records hundreds).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T deferring(Supplier<T> work) {
        if (DEFERRED.get() != null) {
            return work.get();
        }
        List<Pending> deferred = new ArrayList<>();
        DEFERRED.set(deferred);
        T result;
        try {
            result = work.get();
        } finally {
            DEFERRED.remove();
        }
        writeAll(deferred);
        return result;
    }

    /**
     * Chains and seals the current organisation's pending entries now, waiting for a chainer already
     * at it; returns how many it chained. The scheduled chainer does this every second anyway: call it
     * when an entry's sequence or hash is needed at once. Not from inside a transaction that wrote
     * entries: they are not committed, so not yet there to chain.
     */
    public int chainPending() {
        return chainer.chainPending(true);
    }

    private static final String INSERT = """
            insert into audit_entries (organisation_id, occurred_at, actor_type, actor_id, action,
                object_type, object_id, subject_id, purpose, outcome, detail, request_id, client_ref, record_mac)
            values (:organisation, :occurredAt, :actorType, :actorId, :action, :objectType, :objectId,
                :subjectId, :purpose, :outcome, :detail, :requestId, :clientRef, :recordMac)
            """;

    private void write(Pending entry) {
        batches.update(INSERT, parameters(entry));
    }

    /** In order, in one round trip: a disposal batch's hundreds of entries would otherwise take one each. */
    private void writeAll(List<Pending> entries) {
        if (entries.size() == 1) {
            write(entries.get(0));
        } else if (!entries.isEmpty()) {
            batches.batchUpdate(INSERT, entries.stream().map(this::parameters).toArray(MapSqlParameterSource[]::new));
        }
    }

    private MapSqlParameterSource parameters(Pending entry) {
        AuditRecord record = entry.record();
        Actor actor = record.actor();
        OrganisationId organisation = record.organisation();
        RequestContext request = entry.request();
        AuditCanonicalForm.Fields fields = new AuditCanonicalForm.Fields(
                organisation == null ? null : organisation.value(),
                0,
                entry.occurredAt(),
                actorType(actor),
                actor == null ? null : actor.id().value(),
                record.action(),
                record.objectType(),
                record.objectId(),
                record.subjectId(),
                record.purpose(),
                record.outcome().name(),
                record.detail(),
                request == null ? null : request.requestId(),
                clientReference(request));
        return new MapSqlParameterSource()
                .addValue("organisation", fields.organisationId())
                .addValue("occurredAt", java.sql.Timestamp.from(fields.occurredAt()))
                .addValue("actorType", fields.actorType())
                .addValue("actorId", fields.actorId())
                .addValue("action", fields.action())
                .addValue("objectType", fields.objectType())
                .addValue("objectId", fields.objectId())
                .addValue("subjectId", fields.subjectId())
                .addValue("purpose", fields.purpose())
                .addValue("outcome", fields.outcome())
                .addValue("detail", fields.detail())
                .addValue("requestId", fields.requestId())
                .addValue("clientRef", fields.clientRef())
                .addValue("recordMac", macs.of(AuditCanonicalForm.recorded(fields)));
    }

    /**
     * Records a refusal in a transaction of its own: the refused action's transaction rolls back, and
     * the refusal must not be lost with it. Inside a transaction the refusal is written once that
     * transaction has ended, so that a request never holds two pooled connections at once.
     */
    public void recordRefusal(AuditRecord refusal) {
        // Who and where are fixed now, while the refused request's context is certainly current.
        AuditRecord settled = refusal.by(
                        refusal.actor() != null
                                ? refusal.actor()
                                : Tenancy.currentActor().orElse(null))
                .in(
                        refusal.organisation() != null
                                ? refusal.organisation()
                                : Tenancy.current().orElse(null));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            separately.executeWithoutResult(status -> record(settled));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    separately.executeWithoutResult(done -> record(settled));
                } catch (RuntimeException e) {
                    log.error("Could not audit a refusal ({})", settled.action(), e);
                }
            }
        });
    }

    private String clientReference(RequestContext request) {
        if (request == null || request.clientAddress() == null) {
            return null;
        }
        // Never the raw address: a keyed pseudonym still links repeated attempts from one client.
        return pseudonyms.of("client-address", request.clientAddress());
    }

    private static String actorType(Actor actor) {
        if (actor == null) {
            return "ANONYMOUS";
        }
        if (actor.isOperator()) {
            return "OPERATOR";
        }
        return actor.id().value().equals(SYSTEM) ? "SYSTEM" : "USER";
    }

    private static final ThreadLocal<List<Pending>> DEFERRED = new ThreadLocal<>();

    private record Pending(AuditRecord record, Instant occurredAt, RequestContext request) {}

    /** The id under which Custodia itself acts (scheduled jobs, demo set-up). */
    public static final UUID SYSTEM = new UUID(0, 0);
}
