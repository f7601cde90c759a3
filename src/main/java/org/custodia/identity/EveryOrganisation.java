package org.custodia.identity;

import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How scheduled jobs visit every organisation: one at a time, so that one organisation's failure is
 * logged and holds up no other. The organisations table is not tenant data, so listing them needs no
 * organisation; each one's own records are then read in its own context, where row-level security
 * admits them.
 */
@Component
public class EveryOrganisation {

    private static final Logger log = LoggerFactory.getLogger(EveryOrganisation.class);

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    EveryOrganisation(JdbcClient jdbc, Tenancy tenancy, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.transactions = transactions;
    }

    /**
     * Does the work for each organisation in a transaction of its own, as that organisation; returns the
     * sum of what it returned (emails sent, say). {@code job} names the work in the log.
     */
    public int inTurn(String job, ToIntFunction<OrganisationId> work) {
        return each(job, organisation -> {
            Integer done =
                    transactions.execute(status -> tenancy.callAs(organisation, () -> work.applyAsInt(organisation)));
            return done == null ? 0 : done;
        });
    }

    /** The same for work that manages its own transactions (a disposal run commits batch by batch). */
    public int each(String job, ToIntFunction<OrganisationId> work) {
        List<UUID> organisations = jdbc.sql("select id from organisations order by id")
                .query(UUID.class)
                .list();
        int total = 0;
        for (UUID id : organisations) {
            OrganisationId organisation = new OrganisationId(id);
            try {
                total += work.applyAsInt(organisation);
            } catch (RuntimeException e) {
                log.error("{}: organisation {} failed; the others carry on", job, organisation, e);
            }
        }
        return total;
    }
}
