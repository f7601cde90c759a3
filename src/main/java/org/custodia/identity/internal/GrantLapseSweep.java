package org.custodia.identity.internal;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks lapsed sensitive-data grants, organisation by organisation. Access already ends at the moment
 * training expires (checked whenever it is asked); the sweep makes the lapse visible: ended in the
 * table, audited in the organisation's own chain, and told to the holder and the administrators.
 * ShedLock lets one node at a time run it.
 */
@Component
public class GrantLapseSweep {

    private static final Logger log = LoggerFactory.getLogger(GrantLapseSweep.class);

    private final JdbcClient jdbc;
    private final GrantLapses lapses;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    GrantLapseSweep(JdbcClient jdbc, GrantLapses lapses, Tenancy tenancy, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.lapses = lapses;
        this.tenancy = tenancy;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${custodia.grants.lapse-sweep-cron}", zone = "Europe/London")
    @SchedulerLock(name = "sensitive-data-grant-lapse-sweep", lockAtMostFor = "PT30M")
    public void sweep() {
        // The organisations table is not tenant data, so this needs no organisation; each one's grants
        // are then read in its own context, where row-level security admits them.
        List<UUID> organisations = jdbc.sql("select id from organisations order by id")
                .query(UUID.class)
                .list();
        for (UUID id : organisations) {
            OrganisationId organisation = new OrganisationId(id);
            try {
                // One transaction per organisation: one organisation's failure holds up no other.
                transactions.executeWithoutResult(
                        status -> tenancy.runAs(organisation, () -> lapses.inOrganisation(organisation)));
            } catch (RuntimeException e) {
                log.error("Could not sweep the sensitive-data grants of organisation {}", organisation, e);
            }
        }
    }
}
