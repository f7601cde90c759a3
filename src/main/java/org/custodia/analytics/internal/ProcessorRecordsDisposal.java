package org.custodia.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetentionSchedule;
import org.custodia.shared.Actor;
import org.custodia.shared.UserId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts of public pages and operators' pages, and feedback given without signing in, belong to no
 * organisation, so no organisation's disposal sweep reaches them. They are the processor's own
 * records, and go nightly by the ready-made schedule's rule for their kind (docs/analytics.md).
 */
@Component
public class ProcessorRecordsDisposal {

    private final StatisticsRetention records;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessorRecordsDisposal(
            StatisticsRetention records, TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodia.retention.disposal-cron}", zone = "Europe/London")
    @SchedulerLock(name = "analytics-processor-disposal", lockAtMostFor = "PT1H")
    public void scheduled() {
        disposeOfDue();
    }

    /** Returns how many records went. */
    public int disposeOfDue() {
        Integer gone = transactions.execute(status -> {
            int total = 0;
            for (RecordKind kind : Set.of(RecordKind.ANALYTICS, RecordKind.USER_FEEDBACK)) {
                int years = RetentionSchedule.readyMade(kind).orElseThrow().periodYears();
                LocalDate before = UkCalendar.today(clock).minusYears(years);
                int destroyed = records.destroyProcessors(kind, before);
                if (destroyed > 0) {
                    audit.record(AuditRecord.of("analytics.processor-records-destroyed", Outcome.SUCCESS)
                            .about("record-kind", kind.name())
                            .withDetail("records destroyed: " + destroyed + "; made before " + before)
                            .by(new Actor(new UserId(AuditTrail.SYSTEM), null, "Custodia", Set.of())));
                }
                total += destroyed;
            }
            return total;
        });
        return gone == null ? 0 : gone;
    }
}
