package org.custodia.retention.internal;

import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditTrail;
import org.custodia.identity.EveryOrganisation;
import org.custodia.shared.Actor;
import org.custodia.shared.UserId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Disposal that runs by itself: every night, on one node (ShedLock), for each organisation that has
 * adopted a schedule, it resumes the unfinished run or starts a new one.
 */
@Component
public class DisposalJob {

    private final DisposalSweep sweep;

    private final EveryOrganisation organisations;

    DisposalJob(EveryOrganisation organisations, DisposalSweep sweep) {
        this.organisations = organisations;
        this.sweep = sweep;
    }

    @Scheduled(cron = "${custodia.retention.disposal-cron}", zone = "Europe/London")
    @SchedulerLock(name = "retention-disposal", lockAtMostFor = "PT6H")
    public void scheduled() {
        sweepAll();
    }

    /** Returns how many organisations' runs finished. */
    public int sweepAll() {
        // Which organisations adopted a schedule is read per organisation: the schedule is tenant data. A run
        // commits batch by batch, so it gets no transaction around it; one that stops resumes next time.
        return organisations.each("Disposal", organisation -> {
            if (!sweep.adopted(organisation)) {
                return 0;
            }
            sweep.sweep(organisation, new Actor(new UserId(AuditTrail.SYSTEM), organisation, "Custodia", Set.of()));
            return 1;
        });
    }
}
