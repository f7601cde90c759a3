package org.custodia.rights;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonSummary;
import org.custodia.platform.Tenancy;
import org.custodia.rights.RightsRequestView.Closing;
import org.custodia.rights.RightsRequestView.Extension;
import org.custodia.rights.RightsRequestView.Fee;
import org.custodia.rights.RightsRequestView.Identity;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.rights.RightsRequestView.Refusal;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Intake;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Nation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DPO's rights requests: taking one in from paper, phone or in person, the list by due date, a
 * request with its timeline, and closing it (which lifts the legal holds it placed).
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RightsRequests {

    private final RequestRows rows;
    private final Pauses pauses;
    private final Matches matches;
    private final History history;
    private final PersonalDetails details;
    private final Intake intake;
    private final RequestClocks clocks;
    private final PersonDirectory people;
    private final RequestClosing closing;
    private final AuditTrail audit;

    RightsRequests(
            RequestRows rows,
            Pauses pauses,
            Matches matches,
            History history,
            PersonalDetails details,
            Intake intake,
            RequestClocks clocks,
            PersonDirectory people,
            RequestClosing closing,
            AuditTrail audit) {
        this.rows = rows;
        this.pauses = pauses;
        this.matches = matches;
        this.history = history;
        this.details = details;
        this.intake = intake;
        this.clocks = clocks;
        this.people = people;
        this.closing = closing;
        this.audit = audit;
    }

    /** A request received on paper, by email, by phone or in person, entered by staff. */
    @Transactional
    public RightsRequestId receive(NewRightsRequest request) {
        if (request != null && request.channel() == Channel.ONLINE_FORM) {
            throw new InvalidInput("channel", "Requests made online arrive through the public form by themselves");
        }
        return intake.keep(RequestRules.check(request, clocks.today()), null);
    }

    /** Open requests first, soonest due first (no statutory deadline after those with one), then closed ones. */
    @Transactional(readOnly = true)
    public List<RightsRequestSummary> list() {
        Nation nation = clocks.nation();
        return rows.all().stream()
                .map(row -> new RightsRequestSummary(
                        row.id(),
                        row.id().reference(),
                        row.kind(),
                        row.status(),
                        row.receivedOn(),
                        clocks.of(row, pauses.of(row.id()), nation)))
                .sorted(Comparator.comparing((RightsRequestSummary s) -> s.status() == RequestStatus.CLOSED)
                        .thenComparing(s -> s.clock().dueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RightsRequestSummary::receivedOn))
                .toList();
    }

    /** Counts of open requests by the state of their clock, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<RequestClock.State, Integer> counts() {
        Nation nation = clocks.nation();
        Map<RequestClock.State, Integer> counts = new LinkedHashMap<>();
        for (RequestRow row : rows.open()) {
            counts.merge(clocks.of(row, pauses.of(row.id()), nation).state(), 1, Integer::sum);
        }
        return counts;
    }

    /** The request with what the requester wrote (decrypted, so the read is audited) and its timeline. */
    @Transactional
    public RightsRequestView view(RightsRequestId id) {
        RequestRow row = rows.get(id);
        List<Pause> stops = pauses.of(id);
        List<PersonSummary> matched = matches.of(id).stream()
                .map(match -> people.find(match.person())
                        .orElse(new PersonSummary(match.person(), "(no longer in the records)", null, false, null)))
                .toList();
        audit.record(AuditRecord.of("rights-request.viewed", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value()));
        return new RightsRequestView(
                id,
                id.reference(),
                details.open(row),
                row.status(),
                clocks.of(row, stops, clocks.nation()),
                row.identity() == null
                        ? null
                        : new Identity(
                                row.identity(),
                                details.open(
                                        id, "identity_evidence", row.sealed().get("identity_evidence")),
                                row.identityCheckedOn()),
                row.extensionMonths() == null
                        ? null
                        : new Extension(row.extensionMonths(), row.extensionReason(), row.extensionToldOn()),
                row.feeReason() == null
                        ? null
                        : new Fee(row.feeReason(), row.feePence(), row.feeExplanation(), row.feePaidOn()),
                row.refusalGround() == null
                        ? null
                        : new Refusal(row.refusalGround(), row.refusalReasons(), row.refusalToldOn()),
                row.outcome() == null ? null : new Closing(row.outcome(), row.outcomeSummary(), row.closedAt()),
                stops,
                matched,
                history.of(id));
    }

    /** Closes the request with its outcome; refusals go through {@link RequestRefusals#refuse}. */
    @Transactional
    public void close(RightsRequestId id, RequestOutcome outcome, String summary) {
        RequestRow row = rows.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome == null) {
            errors.put("outcome", "Select the outcome of the request");
        } else if (outcome == RequestOutcome.REFUSED) {
            errors.put("outcome", "To refuse a request, use Refuse the request, which records the reasons");
        }
        RequestRules.required(errors, "summary", RequestRules.tidy(summary), 2000, "Enter a summary of the outcome");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        OpenRequests.requireOpen(row);
        closing.close(row, outcome, RequestRules.tidy(summary), Tenancy.requireActor());
    }
}
