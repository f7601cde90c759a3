package org.custodia.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonId;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.LegalHolds;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends a request: the clock stops for good and the legal holds it placed on the people it concerns are
 * lifted (unless someone lifted one already), so that their records follow the retention schedule again.
 */
@Component
class RequestClosing {

    private final RequestRows rows;
    private final Pauses pauses;
    private final Matches matches;
    private final History history;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestClosing(
            RequestRows rows,
            Pauses pauses,
            Matches matches,
            History history,
            LegalHolds holds,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.pauses = pauses;
        this.matches = matches;
        this.history = history;
        this.holds = holds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    void close(RequestRow row, RequestOutcome outcome, String summary, Actor by) {
        Instant now = clock.instant();
        RightsRequestId id = row.id();
        pauses.close(id, UkCalendar.today(clock), by.id());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", RequestStatus.CLOSED.name());
        values.put("outcome", outcome.name());
        values.put("outcome_summary", summary);
        values.put("closed_at", Timestamp.from(now));
        values.put("closed_by", by.id().value());
        rows.set(id, values);
        List<PersonId> released = new ArrayList<>();
        for (Matches.Match match : matches.of(id)) {
            if (!match.holdLifted()) {
                if (holds.get(match.hold()).standing()) {
                    holds.lift(match.hold(), "Rights request " + id.reference() + " closed");
                }
                matches.holdLifted(id, match.person(), now);
                released.add(match.person());
            }
        }
        history.add(
                id,
                "Closed: " + outcome.label()
                        + (released.isEmpty() ? "" : "; legal holds lifted on " + released.size() + " people"));
        audit.record(AuditRecord.of("rights-request.closed", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(outcome.name() + "; holds lifted: " + released.size()));
        events.publishEvent(new RightsRequestClosed(
                Tenancy.current().orElseThrow(),
                id,
                outcome,
                matches.of(id).stream().map(Matches.Match::person).toList()));
    }
}
