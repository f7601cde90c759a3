package org.custodia.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.identity.EveryOrganisation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks lapsed sensitive-data grants, organisation by organisation. Access already ends at the moment
 * training expires (checked whenever it is asked); the sweep makes the lapse visible: ended in the
 * table, audited in the organisation's own chain, and told to the holder and the administrators.
 * ShedLock lets one node at a time run it.
 */
@Component
public class GrantLapseSweep {

    private final GrantLapses lapses;

    private final EveryOrganisation organisations;

    GrantLapseSweep(EveryOrganisation organisations, GrantLapses lapses) {
        this.organisations = organisations;
        this.lapses = lapses;
    }

    @Scheduled(cron = "${custodia.grants.lapse-sweep-cron}", zone = "Europe/London")
    @SchedulerLock(name = "sensitive-data-grant-lapse-sweep", lockAtMostFor = "PT30M")
    public void sweep() {
        organisations.inTurn("Sensitive-data grant lapse sweep", organisation -> {
            lapses.inOrganisation(organisation);
            return 0;
        });
    }
}
