package org.custodia.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.encryption.Pseudonyms;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.platform.RequestContext;
import org.custodia.platform.Tenancy;
import org.custodia.rights.internal.Intake;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's public request form, for anyone, without signing in. The request is kept in the
 * organisation named by the form's address; the sender is told its reference and when to expect an
 * answer. A client may send a few requests an hour, no more, so the form cannot be used to flood the DPO.
 */
@Component
public class PublicRightsRequests {

    /** Requests one client may send to one organisation in an hour. */
    public static final int PER_HOUR = 5;

    private final Organisations organisations;
    private final Tenancy tenancy;
    private final Intake intake;
    private final RequestRows rows;
    private final RequestClocks clocks;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;
    private final Clock clock;

    PublicRightsRequests(
            Organisations organisations,
            Tenancy tenancy,
            Intake intake,
            RequestRows rows,
            RequestClocks clocks,
            Pseudonyms pseudonyms,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.tenancy = tenancy;
        this.intake = intake;
        this.rows = rows;
        this.clocks = clocks;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation whose form this is; another code has no form (404). */
    public Organisation organisation(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new NotFound("Organisation"));
    }

    @Transactional
    public Receipt submit(String organisationCode, NewRightsRequest request) {
        Organisation organisation = organisation(organisationCode);
        return tenancy.callAs(organisation.id(), () -> {
            NewRightsRequest checked = RequestRules.check(
                    request == null ? null : request.received(Channel.ONLINE_FORM, clocks.today()), clocks.today());
            String client = RequestContext.current()
                    .map(RequestContext::clientAddress)
                    .map(address -> pseudonyms.of("client-address", address))
                    .orElse(null);
            if (client != null
                    && rows.fromClientSince(client, clock.instant().minus(Duration.ofHours(1))) >= PER_HOUR) {
                audit.recordRefusal(AuditRecord.of("rights-request.received", Outcome.DENIED)
                        .withDetail("too many requests from one client"));
                throw new InvalidInput(
                        "requestText",
                        "You have sent several requests in the last hour. Try again later, or contact us another way");
            }
            RightsRequestId id = intake.keep(checked, client);
            return receipt(id, checked.kind(), organisation);
        });
    }

    private Receipt receipt(RightsRequestId id, RequestKind kind, Organisation organisation) {
        if (!kind.statutoryClock()) {
            return new Receipt(
                    id,
                    id.reference(),
                    null,
                    "A request about the record of a person who has died is not a subject access request, so the"
                            + " law sets no deadline for it. We will reply as soon as we can.");
        }
        LocalDate due = clocks.dueIfReceivedToday(organisation.nation());
        return new Receipt(
                id,
                id.reference(),
                due,
                "We must respond by " + RequestClock.format(due) + ". If we need proof of identity, more"
                        + " information about what you are asking for, or (rarely) a fee, we will tell you, and the"
                        + " time limit waits until we receive it.");
    }
}
