package org.custodia.rights;

import java.time.LocalDate;
import java.util.Map;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.Letters;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.shared.InvalidInput;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters a requester receives as their request moves on — acknowledgement, what we need from
 * them, the fee, an extension with its reasons, a refusal with the right to complain — composed from
 * the organisation's own templates and sent by email with a PDF copy, under the request's id so that
 * the request page lists them. Without an email address the timeline says the letter is to be posted.
 */
@Component
public class RequestLetters {

    private final Letters letters;
    private final RequestRows rows;
    private final Pauses pauses;
    private final RequestClocks clocks;
    private final RequesterLetters requester;
    private final RequestSteps steps;

    RequestLetters(
            Letters letters,
            RequestRows rows,
            Pauses pauses,
            RequestClocks clocks,
            RequesterLetters requester,
            RequestSteps steps) {
        this.letters = letters;
        this.rows = rows;
        this.pauses = pauses;
        this.clocks = clocks;
        this.requester = requester;
        this.steps = steps;
    }

    /**
     * Asks the requester for proof of identity or for clarification, and stops the clock from the day
     * asked. What is asked for goes to them in a letter when they gave an email address.
     */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public void ask(RightsRequestId id, PauseReason reason, LocalDate askedOn, String whatWeAsk) {
        String asked = whatWeAsk == null ? "" : whatWeAsk.strip();
        if (asked.length() > 4000) {
            throw new InvalidInput("letter", "What we ask must be 4000 characters or fewer");
        }
        steps.pause(id, reason, askedOn);
        if (asked.isEmpty()) {
            return;
        }
        if (reason == PauseReason.IDENTITY) {
            send(id, LetterKind.IDENTITY_NEEDED, Map.of("whatWeNeed", asked));
        } else if (reason == PauseReason.CLARIFICATION) {
            send(id, LetterKind.CLARIFICATION_NEEDED, Map.of("question", asked));
        }
    }

    @EventListener
    void on(RightsRequestReceived received) {
        RequestRow row = rows.get(received.request());
        RequestClock clock = clocks.of(row, pauses.of(received.request()), clocks.nation());
        // A deceased person's record has no statutory deadline, and the acknowledgement promises one.
        if (clock.dueOn() != null) {
            send(
                    received.request(),
                    LetterKind.ACKNOWLEDGEMENT,
                    Map.of(
                            "dueOn", RequestClock.format(clock.dueOn()),
                            "requestKind", row.kind().label()));
        }
    }

    @EventListener
    void on(DeadlineExtended extended) {
        send(
                extended.request(),
                LetterKind.EXTENSION,
                Map.of("dueOn", RequestClock.format(extended.dueOn()), "reasons", extended.reason()));
    }

    @EventListener
    void on(FeeCharged charged) {
        RequestRow row = rows.get(charged.request());
        send(
                charged.request(),
                LetterKind.FEE_NEEDED,
                Map.of(
                        "feeAmount", RightsRequestView.Fee.pounds(charged.pence()),
                        "reasons", row.feeExplanation()));
    }

    @EventListener
    void on(RequestRefused refused) {
        RequestRow row = rows.get(refused.request());
        send(refused.request(), LetterKind.REFUSAL, Map.of("reasons", row.refusalReasons()));
    }

    private void send(RightsRequestId id, LetterKind kind, Map<String, String> values) {
        requester.send(rows.get(id), kind, values);
    }
}
