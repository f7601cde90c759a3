package org.custodia.rights.internal;

import java.time.Clock;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequestReceived;
import org.custodia.shared.Actor;
import org.custodia.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Keeps a checked request, whoever took it in: sealed details, the first step of its timeline, audit, event. */
@Component
public class Intake {

    private final RequestRows rows;
    private final PersonalDetails details;
    private final History history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intake(
            RequestRows rows,
            PersonalDetails details,
            History history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.details = details;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Inside the organisation's transaction; {@code clientRef} identifies a public form's sender. */
    public RightsRequestId keep(NewRightsRequest request, String clientRef) {
        RightsRequestId id = RightsRequestId.random();
        UserId by = Tenancy.currentActor().map(Actor::id).orElse(null);
        rows.insert(
                id,
                request.kind(),
                request.channel(),
                request.receivedOn(),
                request.authority(),
                request.responseMethod(),
                details.seal(id, request),
                by,
                clientRef,
                clock.instant());
        history.add(
                id,
                "Request received (" + request.channel().label().toLowerCase() + ", received on "
                        + request.receivedOn() + "): " + request.kind().label() + "; made on the authority of: "
                        + request.authority().label().toLowerCase());
        audit.record(AuditRecord.of("rights-request.received", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(request.kind().name() + "; " + request.channel().name() + "; "
                        + request.authority().name()));
        events.publishEvent(
                new RightsRequestReceived(Tenancy.current().orElseThrow(), id, request.kind(), request.channel()));
        return id;
    }
}
