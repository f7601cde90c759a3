package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of the record of processing, with where it stands.
 *
 * @param template the ready-made activity it was adopted from, or null
 * @param dpiaTitle the linked DPIA's title, or null
 * @param dpiaSignedOff whether the linked DPIA is signed off
 * @param dpiaRequired whether it is high risk (marked so, or the linked DPIA's screening says so)
 */
public record ProcessingActivity(
        ProcessingActivityId id,
        ActivityDetails details,
        ActivityStatus status,
        String template,
        String dpiaTitle,
        boolean dpiaSignedOff,
        boolean dpiaRequired,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether it may go live: high-risk processing needs a signed-off DPIA. */
    @JsonProperty
    public boolean readyToGoLive() {
        return !dpiaRequired || dpiaSignedOff;
    }
}
