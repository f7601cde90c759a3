package org.custodia.rights.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Colleagues;
import org.custodia.identity.EveryOrganisation;
import org.custodia.platform.Mailer;
import org.custodia.rights.RequestClock;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.Actor;
import org.custodia.shared.Nation;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emails the organisation's DPOs when a request is due within 5 working days, and again when it is
 * overdue: once each, whichever node runs the job (ShedLock, and a sent-at mark set only if still
 * unset). A paused clock sends nothing: its deadline is still moving. The email names the request by
 * reference only and links to it.
 */
@Component
public class RequestReminders {

    private final EveryOrganisation organisations;
    private final RequestRows rows;
    private final Pauses pauses;
    private final RequestClocks clocks;
    private final Colleagues colleagues;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    RequestReminders(
            EveryOrganisation organisations,
            RequestRows rows,
            Pauses pauses,
            RequestClocks clocks,
            Colleagues colleagues,
            Mailer mailer,
            AuditTrail audit,
            Clock clock,
            @Value("${custodia.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.rows = rows;
        this.pauses = pauses;
        this.clocks = clocks;
        this.colleagues = colleagues;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${custodia.rights.reminder-cron}", zone = "Europe/London")
    @SchedulerLock(name = "rights-request-reminders", lockAtMostFor = "PT10M")
    public void scheduled() {
        sendDue();
    }

    /** Sends every reminder that is due now; returns how many emails went. */
    public int sendDue() {
        return organisations.inTurn("Rights request reminders", this::remindIn);
    }

    private int remindIn(OrganisationId organisation) {
        List<RequestRow> open = rows.open();
        if (open.isEmpty()) {
            return 0;
        }
        Nation nation = clocks.nation();
        Instant now = clock.instant();
        int sent = 0;
        for (RequestRow request : open) {
            RequestClock requestClock = clocks.of(request, pauses.of(request.id()), nation);
            if (requestClock.state() == RequestClock.State.OVERDUE && request.overdueReminderSentAt() == null) {
                // A request first seen already overdue needs no "due soon" as well.
                rows.markReminderSent(request.id(), false, now);
                sent += remind(organisation, request, requestClock, true, now);
            } else if (requestClock.state() == RequestClock.State.DUE_THIS_WEEK
                    && request.dueSoonReminderSentAt() == null) {
                sent += remind(organisation, request, requestClock, false, now);
            }
        }
        return sent;
    }

    private int remind(
            OrganisationId organisation, RequestRow request, RequestClock requestClock, boolean overdue, Instant now) {
        if (!rows.markReminderSent(request.id(), overdue, now)) {
            return 0;
        }
        String reference = request.id().reference();
        String due = RequestClock.format(requestClock.dueOn());
        String subject = overdue
                ? "Custodia: rights request " + reference + " is overdue"
                : "Custodia: rights request " + reference + " is due by " + due;
        String body = (overdue
                        ? "Rights request " + reference + " was due by " + due + ". Respond now, and record why it"
                                + " is late.\n"
                        : "Rights request " + reference + " is due by " + due + " (within 5 working days).\n")
                + baseUrl + "/data-protection/rights-requests/" + request.id();
        List<String> dpos = colleagues.dataProtectionOfficerEmails();
        for (String dpo : dpos) {
            mailer.send(dpo, subject, body);
        }
        audit.record(AuditRecord.of("rights-request.reminder-sent", Outcome.SUCCESS)
                .about("rights-request", request.id())
                .withDetail((overdue ? "overdue" : "due within 5 working days") + "; recipients: " + dpos.size())
                .by(new Actor(new UserId(AuditTrail.SYSTEM), organisation, "Custodia", Set.of()))
                .in(organisation));
        return dpos.size();
    }
}
