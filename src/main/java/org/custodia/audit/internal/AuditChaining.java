package org.custodia.audit.internal;

import java.util.List;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Chains what was written since the last run, every second by default, on every node: chains a node
 * finds busy (another node's chainer holds them) it leaves, so nodes share the work without ShedLock.
 */
@Component
class AuditChaining {

    private static final Logger log = LoggerFactory.getLogger(AuditChaining.class);
    private static final UUID PLATFORM_CHAIN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final AuditChainer chainer;

    AuditChaining(JdbcClient jdbc, Tenancy tenancy, AuditChainer chainer) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.chainer = chainer;
    }

    @Scheduled(cron = "${custodia.audit.chain-cron:* * * * * *}", zone = "Europe/London")
    void chainAll() {
        List<UUID> chains = jdbc.sql("select chain_key from audit_chains_to_chain()")
                .query(UUID.class)
                .list();
        for (UUID chain : chains) {
            OrganisationId organisation = chain.equals(PLATFORM_CHAIN) ? null : new OrganisationId(chain);
            try {
                tenancy.runAs(organisation, () -> chainer.chainPending(false));
            } catch (RuntimeException e) {
                // One chain's trouble must not hold up the others; its entries stay pending, and verified.
                log.error("Could not chain the audit entries of chain {}", chain, e);
            }
        }
    }
}
