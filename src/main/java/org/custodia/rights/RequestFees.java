package org.custodia.rights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.platform.Tenancy;
import org.custodia.rights.RightsRequestView.Pause;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A fee on a request (UK GDPR Art 12(5), Art 15(3)): asking for it stops the clock, and paying it restarts it. */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestFees {

    private static final int MAX_FEE_PENCE = 100_000;

    private final OpenRequests requests;
    private final RequestRows rows;
    private final Pauses pauses;
    private final RequestClocks clocks;

    RequestFees(OpenRequests requests, RequestRows rows, Pauses pauses, RequestClocks clocks) {
        this.requests = requests;
        this.rows = rows;
        this.pauses = pauses;
        this.clocks = clocks;
    }

    /**
     * Asks for a fee, only on the grounds the law allows; the clock waits until it is paid. Amounts are
     * in pence.
     */
    @Transactional
    public void chargeFee(RightsRequestId id, FeeReason reason, Integer pence, String explanation) {
        RequestRow row = requests.lock(id);
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
        OpenRequests.fail(errors);
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
        requests.recorded(
                id,
                "Fee of " + RightsRequestView.Fee.pounds(pence) + " asked for: " + reason.label(),
                "rights-request.fee-charged",
                reason.name() + "; pence " + pence);
        requests.publish(new FeeCharged(OpenRequests.organisation(), id, reason, pence));
        if (row.kind().statutoryClock()) {
            requests.publish(new ClockPaused(OpenRequests.organisation(), id, PauseReason.FEE, today));
        }
    }

    /** Records the fee as paid; the clock restarts that day. */
    @Transactional
    public void feePaid(RightsRequestId id, LocalDate paidOn) {
        RequestRow row = requests.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Pause waiting = Pauses.current(pauses.of(id)).orElse(null);
        if (row.feeReason() == null) {
            errors.put("paidOn", "No fee was asked for");
        } else if (row.feePaidOn() != null) {
            errors.put("paidOn", "The fee is already recorded as paid");
        }
        requests.checkDay(
                errors, "paidOn", paidOn, waiting == null ? row.receivedOn() : waiting.pausedOn(), "the fee was paid");
        OpenRequests.fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fee_paid_on", paidOn);
        values.put("status", RequestStatus.IN_PROGRESS.name());
        rows.set(id, values);
        requests.recorded(id, "Fee paid on " + paidOn, "rights-request.fee-paid", null);
        requests.publish(new FeePaid(OpenRequests.organisation(), id, paidOn));
        if (waiting != null && waiting.reason() == PauseReason.FEE) {
            pauses.close(id, paidOn, Tenancy.requireActor().id());
            requests.resumed(id, PauseReason.FEE, paidOn);
        }
    }
}
