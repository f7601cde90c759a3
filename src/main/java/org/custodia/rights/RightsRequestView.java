package org.custodia.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodia.casework.PersonSummary;

/** Everything recorded about a request, its clock and its timeline, for the DPO. */
public record RightsRequestView(
        RightsRequestId id,
        String reference,
        NewRightsRequest request,
        RequestStatus status,
        RequestClock clock,
        Identity identity,
        Extension extension,
        Fee fee,
        Refusal refusal,
        Closing closing,
        List<Pause> pauses,
        List<PersonSummary> matches,
        List<Step> timeline) {

    public record Identity(IdentityCheck check, String evidence, LocalDate checkedOn) {}

    public record Extension(int months, String reason, LocalDate personToldOn) {}

    public record Fee(FeeReason reason, int pence, String explanation, LocalDate paidOn) {

        public String amount() {
            return pounds(pence);
        }

        /** An amount in pence as the person reads it: £12.50. */
        public static String pounds(int pence) {
            return String.format("£%d.%02d", pence / 100, pence % 100);
        }
    }

    public record Refusal(RefusalGround ground, String reasons, LocalDate personToldOn) {}

    public record Closing(RequestOutcome outcome, String summary, Instant closedAt) {}

    public record Pause(PauseReason reason, LocalDate pausedOn, LocalDate resumedOn) {}

    public record Step(Instant at, String by, String entry) {}

    public boolean open() {
        return status != RequestStatus.CLOSED;
    }

    public boolean paused() {
        return clock.pausedFor() != null;
    }
}
