package org.custodia.audit.internal;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditChainSealed;
import org.custodia.audit.AuditSeals;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every chain that has grown since its last seal, once a night, on one node at a time
 * (ShedLock); even without the lock a chain is sealed at most once per position (a unique key).
 */
@Component
public class AuditSealing {

    private static final UUID PLATFORM_CHAIN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final AuditSeals seals;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    AuditSealing(
            JdbcClient jdbc,
            AuditSeals seals,
            Tenancy tenancy,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.tenancy = tenancy;
        this.transactions = transactions;
        this.events = events;
    }

    @Scheduled(cron = "${custodia.audit.seal-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "audit-sealing")
    public void nightly() {
        sealAllChains();
    }

    /** Seals every grown chain now; returns how many were sealed. */
    public int sealAllChains() {
        List<UUID> chains = transactions.execute(status -> jdbc.sql("select chain_key from audit_chains_to_seal()")
                .query(UUID.class)
                .list());
        int sealed = 0;
        for (UUID chain : chains) {
            OrganisationId organisation = chain.equals(PLATFORM_CHAIN) ? null : new OrganisationId(chain);
            Boolean done = transactions.execute(status -> tenancy.callAs(
                    organisation,
                    () -> seals.sealNow()
                            .map(seal -> {
                                if (organisation != null) {
                                    events.publishEvent(new AuditChainSealed(
                                            organisation, seal.lastSequence(), seal.fingerprint(), seal.sealedAt()));
                                }
                                return true;
                            })
                            .orElse(false)));
            sealed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sealed;
    }
}
