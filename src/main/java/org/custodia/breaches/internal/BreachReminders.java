package org.custodia.breaches.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.ReportingClock;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.internal.BreachRows.BreachRow;
import org.custodia.identity.Colleagues;
import org.custodia.identity.EveryOrganisation;
import org.custodia.platform.Mailer;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emails the organisation's DPOs when 24 hours of a breach's 72 remain, and again when they have run
 * out: once each, whichever node runs the job (ShedLock, and a sent-at mark set only if still unset).
 * The email names the breach by reference only and links to it.
 */
@Component
public class BreachReminders {

    private static final Logger log = LoggerFactory.getLogger(BreachReminders.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(UkCalendar.ZONE);

    private final EveryOrganisation organisations;
    private final BreachRows rows;
    private final BreachEntries entries;
    private final Colleagues colleagues;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    BreachReminders(
            EveryOrganisation organisations,
            BreachRows rows,
            BreachEntries entries,
            Colleagues colleagues,
            Mailer mailer,
            AuditTrail audit,
            Clock clock,
            @Value("${custodia.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.rows = rows;
        this.entries = entries;
        this.colleagues = colleagues;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${custodia.breaches.reminder-cron}", zone = "Europe/London")
    @SchedulerLock(name = "breach-reminders", lockAtMostFor = "PT10M")
    public void scheduled() {
        sendDue();
    }

    /** Sends every reminder that is due now; returns how many emails went. */
    public int sendDue() {
        return organisations.inTurn("Breach reminders", this::remindIn);
    }

    private int remindIn(OrganisationId organisation) {
        Instant now = clock.instant();
        List<BreachRow> open = rows.openNotReported();
        if (open.isEmpty()) {
            return 0;
        }
        Map<BreachId, ReportingDecision> decisions = entries.currentDecisions();
        int sent = 0;
        for (BreachRow breach : open) {
            ReportingClock reportingClock = ReportingClocks.of(breach, decisions.get(breach.id()), now);
            ReportingClock.State state = reportingClock.state();
            if (state == ReportingClock.State.OVERDUE && breach.overdueReminderSentAt() == null) {
                // A breach first seen already overdue needs no "24 hours left" as well.
                rows.markReminderSent(breach.id(), false, now);
                sent += remind(organisation, breach, reportingClock, true, now);
            } else if (state == ReportingClock.State.DUE_SOON && breach.dueSoonReminderSentAt() == null) {
                sent += remind(organisation, breach, reportingClock, false, now);
            }
        }
        return sent;
    }

    private int remind(
            OrganisationId organisation,
            BreachRow breach,
            ReportingClock reportingClock,
            boolean overdue,
            Instant now) {
        if (!rows.markReminderSent(breach.id(), overdue, now)) {
            return 0;
        }
        String subject = overdue
                ? "Custodia: breach " + breach.reference() + " is past its 72-hour ICO deadline"
                : "Custodia: 24 hours left to report breach " + breach.reference() + " to the ICO";
        String body = (overdue
                        ? "The 72 hours to report breach " + breach.reference() + " to the ICO ended at "
                        : "The 72 hours to report breach " + breach.reference() + " to the ICO end at ")
                + WHEN.format(reportingClock.deadline()) + " (UK time).\n\n"
                + (overdue
                        ? "If you report it now, record the reasons for the delay with the report.\n"
                        : "Record the decision whether to report it, and the report if you make one.\n")
                + baseUrl + "/breaches/" + breach.id();
        List<String> dpos = colleagues.dataProtectionOfficerEmails();
        for (String dpo : dpos) {
            mailer.send(dpo, subject, body);
        }
        audit.record(AuditRecord.of("breach.reminder-sent", Outcome.SUCCESS)
                .about("breach", breach.id())
                .withDetail((overdue ? "overdue" : "24 hours left") + "; recipients: " + dpos.size())
                .by(custodia(organisation))
                .in(organisation));
        return dpos.size();
    }

    private static Actor custodia(OrganisationId organisation) {
        return new Actor(new UserId(AuditTrail.SYSTEM), organisation, "Custodia", Set.of());
    }
}
