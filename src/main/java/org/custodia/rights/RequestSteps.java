package org.custodia.rights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.platform.Tenancy;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a request's clock: the identity check, stopping and restarting the clock, and the one
 * extension (fees are {@link RequestFees}, refusal {@link RequestRefusals}). Each is checked against the
 * rules of {@code docs/rights.md}, written to the request's timeline, audited, and published as an event.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestSteps {

    private final OpenRequests requests;
    private final RequestRows rows;
    private final Pauses pauses;
    private final PersonalDetails details;
    private final RequestClocks clocks;

    RequestSteps(
            OpenRequests requests, RequestRows rows, Pauses pauses, PersonalDetails details, RequestClocks clocks) {
        this.requests = requests;
        this.rows = rows;
        this.pauses = pauses;
        this.details = details;
        this.clocks = clocks;
    }

    /**
     * Records what proof of identity was seen and when (or why none is needed). If the clock waited for
     * it, the clock restarts on the day it was checked.
     */
    @Transactional
    public void recordIdentity(RightsRequestId id, IdentityCheck check, String evidence, LocalDate checkedOn) {
        RequestRow row = requests.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.identity() != null) {
            errors.put("check", "The identity check is already recorded");
        }
        if (check == null) {
            errors.put("check", "Select whether identity was verified or is not needed");
        }
        String text = RequestRules.tidy(evidence);
        RequestRules.required(
                errors,
                "evidence",
                text,
                1000,
                check == IdentityCheck.NOT_NEEDED
                        ? "Enter why proof of identity is not needed, for example the requester is known to us"
                        : "Enter the documents seen, for example a passport and a council tax bill");
        requests.checkDay(errors, "checkedOn", checkedOn, row.receivedOn(), "the identity was checked");
        Pause waiting = Pauses.current(pauses.of(id)).orElse(null);
        if (waiting != null && checkedOn != null && checkedOn.isBefore(waiting.pausedOn())) {
            errors.put("checkedOn", "The check cannot be before identity was asked for, on " + waiting.pausedOn());
        }
        OpenRequests.fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("identity", check.name());
        values.put("identity_evidence", details.seal(id, "identity_evidence", text));
        values.put("identity_checked_on", checkedOn);
        values.put("identity_checked_by", Tenancy.requireActor().id().value());
        if (waiting != null && waiting.reason() == PauseReason.IDENTITY) {
            pauses.close(id, checkedOn, Tenancy.requireActor().id());
        }
        if (waiting == null || waiting.reason() == PauseReason.IDENTITY) {
            values.put("status", RequestStatus.IN_PROGRESS.name());
        }
        rows.set(id, values);
        requests.recorded(id, check.label() + " on " + checkedOn, "rights-request.identity-recorded", check.name());
        requests.publish(new IdentityVerified(OpenRequests.organisation(), id, check));
        if (waiting != null && waiting.reason() == PauseReason.IDENTITY) {
            requests.resumed(id, waiting.reason(), checkedOn);
        }
    }

    /** Stops the clock while the organisation waits for proof of identity or clarification. */
    @Transactional
    public void pause(RightsRequestId id, PauseReason reason, LocalDate pausedOn) {
        RequestRow row = requests.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.kind().statutoryClock()) {
            errors.put("reason", "A request about a deceased person's record has no statutory clock to pause");
        } else if (Pauses.current(pauses.of(id)).isPresent()) {
            errors.put("reason", "The clock is already paused. Resume it before pausing it again");
        } else if (reason == null) {
            errors.put("reason", "Select what the clock is waiting for");
        } else if (reason == PauseReason.FEE) {
            errors.put("reason", "To wait for a fee, ask for the fee: that records its reason and amount");
        } else if (reason == PauseReason.IDENTITY && row.identity() != null) {
            errors.put("reason", "The identity check is already recorded");
        }
        requests.checkDay(errors, "pausedOn", pausedOn, row.receivedOn(), "the clock was paused");
        OpenRequests.fail(errors);
        pauses.open(id, reason, pausedOn, Tenancy.requireActor().id());
        rows.set(id, Map.of("status", waitingStatus(reason).name()));
        requests.recorded(
                id,
                "Clock paused on " + pausedOn + ": " + reason.label().toLowerCase(),
                "rights-request.clock-paused",
                reason.name());
        requests.publish(new ClockPaused(OpenRequests.organisation(), id, reason, pausedOn));
    }

    /** Restarts the clock on the day what it waited for arrived; the deadline moves on by the days paused. */
    @Transactional
    public void resume(RightsRequestId id, LocalDate resumedOn) {
        RequestRow row = requests.lock(id);
        Pause waiting = Pauses.current(pauses.of(id))
                .orElseThrow(() -> new InvalidInput("resumedOn", "The clock is not paused"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (waiting.reason() == PauseReason.FEE) {
            errors.put("resumedOn", "The clock waits for the fee: record the fee as paid");
        }
        requests.checkDay(errors, "resumedOn", resumedOn, waiting.pausedOn(), "the clock restarts");
        OpenRequests.fail(errors);
        pauses.close(id, resumedOn, Tenancy.requireActor().id());
        rows.set(id, Map.of("status", RequestStatus.IN_PROGRESS.name()));
        requests.recorded(
                id,
                "Clock resumed on " + resumedOn + " ("
                        + waiting.reason().label().toLowerCase() + ")",
                "rights-request.clock-resumed",
                waiting.reason().name());
        requests.resumed(id, waiting.reason(), resumedOn);
    }

    /**
     * Extends the deadline once, by one or two months, for a complex request or many requests. The person
     * must be told within the first month, with the reasons: the day they were told is recorded.
     */
    @Transactional
    public void extend(RightsRequestId id, Integer months, String reason, LocalDate personToldOn) {
        RequestRow row = requests.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.kind().statutoryClock()) {
            errors.put("months", "A request about a deceased person's record has no statutory deadline to extend");
            OpenRequests.fail(errors);
        }
        RequestClock clock = clocks.of(row, pauses.of(id), clocks.nation());
        if (row.extensionMonths() != null) {
            errors.put("months", "The deadline has already been extended. It can be extended only once");
        } else if (clocks.today().isAfter(clock.firstMonthEndsOn())) {
            errors.put(
                    "months",
                    "An extension must be made within the first month, which ended on "
                            + RequestClock.format(clock.firstMonthEndsOn()));
        } else if (months == null || (months != 1 && months != 2)) {
            errors.put("months", "Select an extension of one or two months");
        }
        RequestRules.required(
                errors, "reason", RequestRules.tidy(reason), 2000, "Enter why the request needs more time");
        requests.checkDay(errors, "personToldOn", personToldOn, row.receivedOn(), "the person was told");
        if (personToldOn != null
                && clock.firstMonthEndsOn() != null
                && personToldOn.isAfter(clock.firstMonthEndsOn())) {
            errors.put(
                    "personToldOn",
                    "The person must be told within the first month, by "
                            + RequestClock.format(clock.firstMonthEndsOn()));
        }
        OpenRequests.fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("extension_months", months);
        values.put("extension_reason", RequestRules.tidy(reason));
        values.put("extension_told_on", personToldOn);
        rows.set(id, values);
        LocalDate due = clocks.of(rows.get(id), pauses.of(id), clocks.nation()).dueOn();
        requests.recorded(
                id,
                "Deadline extended by " + months + (months == 1 ? " month" : " months") + " to " + due
                        + "; the person was told on " + personToldOn + ". Reason: " + RequestRules.tidy(reason),
                "rights-request.extended",
                months + " months");
        requests.publish(new DeadlineExtended(OpenRequests.organisation(), id, months, RequestRules.tidy(reason), due));
    }

    private static RequestStatus waitingStatus(PauseReason reason) {
        switch (reason) {
            case IDENTITY:
                return RequestStatus.AWAITING_IDENTITY;
            case FEE:
                return RequestStatus.AWAITING_FEE;
            default:
                return RequestStatus.AWAITING_CLARIFICATION;
        }
    }
}
