package org.custodia.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final NamedParameterJdbcTemplate batches;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final TransactionTemplate separately;

    AuditTrail(
            NamedParameterJdbcTemplate batches,
            Clock clock,
            Pseudonyms pseudonyms,
            PlatformTransactionManager transactions) {
        this.batches = batches;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
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
        Pending entry = new Pending(
                record.by(actor).in(organisation),
                clock.instant(),
                RequestContext.current().orElse(null));
        if (deferred != null) {
            deferred.add(entry);
            return;
        }
        write(entry);
    }

    /**
     * Does the work, holding back the audit entries it records until it has finished, then writes them
     * in order, in the same transaction. An organisation's chain admits one writer at a time until
     * commit, so long work (a disposal batch) that audited as it went would stall every other request
     * of the organisation for its whole length; this way the chain is held only for the final writes.
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

    private static final String INSERT = """
            insert into audit_entries (organisation_id, occurred_at, actor_type, actor_id, action,
                object_type, object_id, subject_id, purpose, outcome, detail, request_id, client_ref)
            values (:organisation, :occurredAt, :actorType, :actorId, :action, :objectType, :objectId,
                :subjectId, :purpose, :outcome, :detail, :requestId, :clientRef)
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
        return new MapSqlParameterSource()
                .addValue("organisation", organisation == null ? null : organisation.value())
                .addValue("occurredAt", java.sql.Timestamp.from(entry.occurredAt()))
                .addValue("actorType", actorType(actor))
                .addValue("actorId", actor == null ? null : actor.id().value())
                .addValue("action", record.action())
                .addValue("objectType", record.objectType())
                .addValue("objectId", record.objectId())
                .addValue("subjectId", record.subjectId())
                .addValue("purpose", record.purpose())
                .addValue("outcome", record.outcome().name())
                .addValue("detail", record.detail())
                .addValue("requestId", request == null ? null : request.requestId())
                .addValue("clientRef", clientReference(request));
    }

    /**
     * Records a refusal in a transaction of its own: the refused action's transaction rolls back, and
     * the refusal must not be lost with it. Inside a transaction the refusal is written once that
     * transaction has ended, not at once: the refused transaction may already hold its organisation's
     * audit chain (it audited something earlier), and a second transaction waiting for the chain
     * while the first waits for the refusal would never finish.
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

    private record Pending(AuditRecord record, java.time.Instant occurredAt, RequestContext request) {}

    /** The id under which Custodia itself acts (scheduled jobs, demo set-up). */
    public static final UUID SYSTEM = new UUID(0, 0);
}
