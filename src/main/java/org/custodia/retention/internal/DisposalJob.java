package org.custodia.retention.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditTrail;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Disposal that runs by itself: every night, on one node (ShedLock), for each organisation that has
 * adopted a schedule, it resumes the unfinished run or starts a new one.
 */
@Component
public class DisposalJob {

    private static final Logger log = LoggerFactory.getLogger(DisposalJob.class);

    private final JdbcClient jdbc;
    private final DisposalSweep sweep;

    DisposalJob(JdbcClient jdbc, DisposalSweep sweep) {
        this.jdbc = jdbc;
        this.sweep = sweep;
    }

    @Scheduled(cron = "${custodia.retention.disposal-cron}", zone = "Europe/London")
    @SchedulerLock(name = "retention-disposal", lockAtMostFor = "PT6H")
    public void scheduled() {
        sweepAll();
    }

    /** Returns how many organisations' runs finished. */
    public int sweepAll() {
        // Which organisations adopted a schedule is read per organisation: the schedule is tenant data.
        List<UUID> organisations = jdbc.sql("select id from organisations order by id")
                .query(UUID.class)
                .list();
        int finished = 0;
        for (UUID id : organisations) {
            OrganisationId organisation = new OrganisationId(id);
            Actor custodia = new Actor(new UserId(AuditTrail.SYSTEM), organisation, "Custodia", Set.of());
            try {
                if (sweep.adopted(organisation)) {
                    sweep.sweep(organisation, custodia);
                    finished++;
                }
            } catch (RuntimeException e) {
                log.error("The disposal run of organisation {} stopped; it resumes next time", organisation, e);
            }
        }
        return finished;
    }
}
