package org.custodia.rights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.platform.Tenancy;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Refusing a manifestly unfounded or excessive request (UK GDPR Art 12(5)), which closes it. */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestRefusals {

    private final OpenRequests requests;
    private final RequestRows rows;
    private final RequestClosing closing;

    RequestRefusals(OpenRequests requests, RequestRows rows, RequestClosing closing) {
        this.requests = requests;
        this.rows = rows;
        this.closing = closing;
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
        RequestRow row = requests.lock(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (ground == null) {
            errors.put("ground", "Select whether the request is manifestly unfounded or manifestly excessive");
        }
        RequestRules.required(
                errors, "reasons", RequestRules.tidy(reasons), 4000, "Enter the reasons for refusing the request");
        requests.checkDay(errors, "personToldOn", personToldOn, row.receivedOn(), "the person was told");
        if (!toldOfRightToComplain) {
            errors.put(
                    "toldOfRightToComplain",
                    "Confirm the person was told of their right to complain to the ICO and to go to court");
        }
        OpenRequests.fail(errors);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refusal_ground", ground.name());
        values.put("refusal_reasons", RequestRules.tidy(reasons));
        values.put("refusal_told_on", personToldOn);
        rows.set(id, values);
        requests.recorded(
                id,
                "Refused as " + ground.label().toLowerCase() + "; the person was told on " + personToldOn
                        + ", with the reasons and their right to complain to the ICO",
                "rights-request.refused",
                ground.name());
        requests.publish(new RequestRefused(OpenRequests.organisation(), id, ground));
        closing.close(rows.get(id), RequestOutcome.REFUSED, "Refused: " + ground.label(), Tenancy.requireActor());
    }
}
