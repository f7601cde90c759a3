package org.custodia.rights;

import java.time.LocalDate;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A request as its steps find and leave it: locked and still open, the days a step gives checked against
 * it, and each step written to the timeline, audited and published for letters and other modules.
 */
@Component
class OpenRequests {

    private final RequestRows rows;
    private final Pauses pauses;
    private final RequestClocks clocks;
    private final History history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OpenRequests(
            RequestRows rows,
            Pauses pauses,
            RequestClocks clocks,
            History history,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.pauses = pauses;
        this.clocks = clocks;
        this.history = history;
        this.audit = audit;
        this.events = events;
    }

    static void requireOpen(RequestRow row) {
        if (!row.open()) {
            throw new InvalidInput("request", "This request is closed");
        }
    }

    /** The request, locked for the step, if it is still open. */
    RequestRow lock(RightsRequestId id) {
        RequestRow row = rows.lock(id);
        requireOpen(row);
        return row;
    }

    /** A day that has happened, on or after the day the step could first be taken. */
    void checkDay(Map<String, String> errors, String field, LocalDate day, LocalDate earliest, String what) {
        if (day == null) {
            errors.putIfAbsent(field, "Enter the date " + what);
        } else if (day.isAfter(clocks.today())) {
            errors.putIfAbsent(field, "The date " + what + " must be today or in the past");
        } else if (earliest != null && day.isBefore(earliest)) {
            errors.putIfAbsent(field, "The date " + what + " must be on or after " + RequestClock.format(earliest));
        }
    }

    /** The step on the request's timeline and in the audit trail. */
    void recorded(RightsRequestId id, String entry, String action, String detail) {
        history.add(id, entry);
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(detail));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /** The clock restarted: the event carries the deadline as it now stands. */
    void resumed(RightsRequestId id, PauseReason reason, LocalDate on) {
        LocalDate due = clocks.of(rows.get(id), pauses.of(id), clocks.nation()).dueOn();
        events.publishEvent(new ClockResumed(organisation(), id, reason, on, due));
    }

    static OrganisationId organisation() {
        return Tenancy.current().orElseThrow();
    }

    static void fail(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
