package org.custodia.rights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a request between receipt and closing: identity, stopping and restarting the clock, the
 * one extension, a fee, and refusal. Each is checked against the rules of docs/rights.md, written to the
 * request's timeline, audited, and published as an event for letters and other modules.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestSteps {

    private static final int MAX_FEE_PENCE = 100_000;

    private final RequestRows rows;
    private final Pauses pauses;
    private final History history;
    private final PersonalDetails details;
    private final RequestClocks clocks;
    private final RequestClosing closing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RequestSteps(
            RequestRows rows,
            Pauses pauses,
            History history,
            PersonalDetails details,
            RequestClocks clocks,
            RequestClosing closing,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.pauses = pauses;
        this.history = history;
        this.details = details;
        this.clocks = clocks;
        this.closing = closing;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records what proof of identity was seen and when (or why none is needed). If the clock waited for
     * it, the clock restarts on the day it was checked.
     */
    @Transactional
    public void recordIdentity(RightsRequestId id, IdentityCheck check, String evidence, LocalDate checkedOn) {
        RequestRow row = openRow(id);
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
        checkDay(errors, "checkedOn", checkedOn, row.receivedOn(), "the identity was checked");
        Pause waiting = Pauses.current(pauses.of(id)).orElse(null);
        if (waiting != null && checkedOn != null && checkedOn.isBefore(waiting.pausedOn())) {
            errors.put("checkedOn", "The check cannot be before identity was asked for, on " + waiting.pausedOn());
        }
        fail(errors);
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
        history.add(id, check.label() + " on " + checkedOn);
        audited(id, "rights-request.identity-recorded", check.name());
        events.publishEvent(new IdentityVerified(organisation(), id, check));
        if (waiting != null && waiting.reason() == PauseReason.IDENTITY) {
            resumed(id, waiting.reason(), checkedOn);
        }
    }

    /** Stops the clock while the organisation waits for proof of identity or clarification. */
    @Transactional
    public void pause(RightsRequestId id, PauseReason reason, LocalDate pausedOn) {
        RequestRow row = openRow(id);
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
        checkDay(errors, "pausedOn", pausedOn, row.receivedOn(), "the clock was paused");
        fail(errors);
        pauses.open(id, reason, pausedOn, Tenancy.requireActor().id());
        rows.set(id, Map.of("status", waitingStatus(reason).name()));
        history.add(id, "Clock paused on " + pausedOn + ": " + reason.label().toLowerCase());
        audited(id, "rights-request.clock-paused", reason.name());
        events.publishEvent(new ClockPaused(organisation(), id, reason, pausedOn));
    }

    /** Restarts the clock on the day what it waited for arrived; the deadline moves on by the days paused. */
    @Transactional
    public void resume(RightsRequestId id, LocalDate resumedOn) {
        RequestRow row = openRow(id);
        Pause waiting = Pauses.current(pauses.of(id))
                .orElseThrow(() -> new InvalidInput("resumedOn", "The clock is not paused"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (waiting.reason() == PauseReason.FEE) {
            errors.put("resumedOn", "The clock waits for the fee: record the fee as paid");
        }
        checkDay(errors, "resumedOn", resumedOn, waiting.pausedOn(), "the clock restarts");
        fail(errors);
        pauses.close(id, resumedOn, Tenancy.requireActor().id());
        rows.set(id, Map.of("status", RequestStatus.IN_PROGRESS.name()));
        history.add(
                id,
                "Clock resumed on " + resumedOn + " ("
                        + waiting.reason().label().toLowerCase() + ")");
        audited(id, "rights-request.clock-resumed", waiting.reason().name());
        resumed(id, waiting.reason(), resumedOn);
    }

    /**
     * Extends the deadline once, by one or two months, for a complex request or many requests. The person
     * must be told within the first month, with the reasons: the day they were told is recorded.
     */
    @Transactional
    public void extend(RightsRequestId id, Integer months, String reason, LocalDate personToldOn) {
        RequestRow row = openRow(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!row.kind().statutoryClock()) {
            errors.put("months", "A request about a deceased person's record has no statutory deadline to extend");
            fail(errors);
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
        checkDay(errors, "personToldOn", personToldOn, row.receivedOn(), "the person was told");
        if (personToldOn != null
                && clock.firstMonthEndsOn() != null
                && personToldOn.isAfter(clock.firstMonthEndsOn())) {
            errors.put(
                    "personToldOn",
                    "The person must be told within the first month, by "
                            + RequestClock.format(clock.firstMonthEndsOn()));
        }
        fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("extension_months", months);
        values.put("extension_reason", RequestRules.tidy(reason));
        values.put("extension_told_on", personToldOn);
        rows.set(id, values);
        LocalDate due = clocks.of(rows.get(id), pauses.of(id), clocks.nation()).dueOn();
        history.add(
                id,
                "Deadline extended by " + months + (months == 1 ? " month" : " months") + " to " + due
                        + "; the person was told on " + personToldOn + ". Reason: " + RequestRules.tidy(reason));
        audited(id, "rights-request.extended", months + " months");
        events.publishEvent(new DeadlineExtended(organisation(), id, months, RequestRules.tidy(reason), due));
    }

    /**
     * Asks for a fee, only on the grounds the law allows; the clock waits until it is paid. Amounts are
     * in pence.
     */
    @Transactional
    public void chargeFee(RightsRequestId id, FeeReason reason, Integer pence, String explanation) {
        RequestRow row = openRow(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.feeReason() != null) {
            errors.put("reason", "A fee has already been asked for on this request");
        } else if (Pauses.current(pauses.of(id)).isPresent()) {
            errors.put("reason", "The clock is already paused. Resume it before asking for a fee");
        } else if (reason == null) {
            errors.put("reason", "Select why a fee is charged: no fee is due otherwise");
        }
        if (pence == null || pence <= 0 || pence > MAX_FEE_PENCE) {
            errors.put("amount", "Enter a reasonable fee between £0.01 and £1,000, for example 25.00");
        }
        RequestRules.required(
                errors, "explanation", RequestRules.tidy(explanation), 2000, "Enter how the fee was worked out");
        fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fee_reason", reason.name());
        values.put("fee_pence", pence);
        values.put("fee_explanation", RequestRules.tidy(explanation));
        values.put("status", RequestStatus.AWAITING_FEE.name());
        rows.set(id, values);
        LocalDate today = clocks.today();
        if (row.kind().statutoryClock()) {
            pauses.open(id, PauseReason.FEE, today, Tenancy.requireActor().id());
        }
        history.add(id, "Fee of " + RightsRequestView.Fee.pounds(pence) + " asked for: " + reason.label());
        audited(id, "rights-request.fee-charged", reason.name() + "; pence " + pence);
        events.publishEvent(new FeeCharged(organisation(), id, reason, pence));
        if (row.kind().statutoryClock()) {
            events.publishEvent(new ClockPaused(organisation(), id, PauseReason.FEE, today));
        }
    }

    /** Records the fee as paid; the clock restarts that day. */
    @Transactional
    public void feePaid(RightsRequestId id, LocalDate paidOn) {
        RequestRow row = openRow(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Pause waiting = Pauses.current(pauses.of(id)).orElse(null);
        if (row.feeReason() == null) {
            errors.put("paidOn", "No fee was asked for");
        } else if (row.feePaidOn() != null) {
            errors.put("paidOn", "The fee is already recorded as paid");
        }
        checkDay(errors, "paidOn", paidOn, waiting == null ? row.receivedOn() : waiting.pausedOn(), "the fee was paid");
        fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fee_paid_on", paidOn);
        values.put("status", RequestStatus.IN_PROGRESS.name());
        rows.set(id, values);
        history.add(id, "Fee paid on " + paidOn);
        audited(id, "rights-request.fee-paid", null);
        events.publishEvent(new FeePaid(organisation(), id, paidOn));
        if (waiting != null && waiting.reason() == PauseReason.FEE) {
            pauses.close(id, paidOn, Tenancy.requireActor().id());
            resumed(id, PauseReason.FEE, paidOn);
        }
    }

    /**
     * Refuses a manifestly unfounded or excessive request, with the reasons; the person must have been
     * told them and of their right to complain to the ICO (and to seek a judicial remedy). Closes it.
     */
    @Transactional
    public void refuse(
            RightsRequestId id,
            RefusalGround ground,
            String reasons,
            LocalDate personToldOn,
            boolean toldOfRightToComplain) {
        RequestRow row = openRow(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (ground == null) {
            errors.put("ground", "Select whether the request is manifestly unfounded or manifestly excessive");
        }
        RequestRules.required(
                errors, "reasons", RequestRules.tidy(reasons), 4000, "Enter the reasons for refusing the request");
        checkDay(errors, "personToldOn", personToldOn, row.receivedOn(), "the person was told");
        if (!toldOfRightToComplain) {
            errors.put(
                    "toldOfRightToComplain",
                    "Confirm the person was told of their right to complain to the ICO and to go to court");
        }
        fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refusal_ground", ground.name());
        values.put("refusal_reasons", RequestRules.tidy(reasons));
        values.put("refusal_told_on", personToldOn);
        rows.set(id, values);
        history.add(
                id,
                "Refused as " + ground.label().toLowerCase() + "; the person was told on " + personToldOn
                        + ", with the reasons and their right to complain to the ICO");
        audited(id, "rights-request.refused", ground.name());
        events.publishEvent(new RequestRefused(organisation(), id, ground));
        closing.close(rows.get(id), RequestOutcome.REFUSED, "Refused: " + ground.label(), Tenancy.requireActor());
    }

    static void requireOpen(RequestRow row) {
        if (!row.open()) {
            throw new InvalidInput("request", "This request is closed");
        }
    }

    private RequestRow openRow(RightsRequestId id) {
        RequestRow row = rows.lock(id);
        requireOpen(row);
        return row;
    }

    private void resumed(RightsRequestId id, PauseReason reason, LocalDate on) {
        LocalDate due = clocks.of(rows.get(id), pauses.of(id), clocks.nation()).dueOn();
        events.publishEvent(new ClockResumed(organisation(), id, reason, on, due));
    }

    /** A day that has happened, on or after the day the step could first be taken. */
    private void checkDay(Map<String, String> errors, String field, LocalDate day, LocalDate earliest, String what) {
        if (day == null) {
            errors.putIfAbsent(field, "Enter the date " + what);
        } else if (day.isAfter(clocks.today())) {
            errors.putIfAbsent(field, "The date " + what + " must be today or in the past");
        } else if (earliest != null && day.isBefore(earliest)) {
            errors.putIfAbsent(field, "The date " + what + " must be on or after " + RequestClock.format(earliest));
        }
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

    private void audited(RightsRequestId id, String action, String detail) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(detail));
    }

    private static OrganisationId organisation() {
        return Tenancy.current().orElseThrow();
    }

    private static void fail(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
