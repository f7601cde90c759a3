package org.custodia.rights;

import org.custodia.platform.Tenancy;
import org.custodia.rights.ResponseDelivery.Delivered;
import org.custodia.rights.ResponseRendering.Rendered;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing the response to an access, portability or deceased person's record request: the PDF and the
 * ZIP with the redactions applied (portability: the ZIP only), offered to the requester through a secure
 * download, or kept for the DPO to send by post or hand over. Issuing closes the request, which lifts its
 * legal holds. The steps are classes of their own, in the order they run: {@link ResponseAssembly}, {@link
 * ResponseRendering}, {@link ResponseDelivery}; what was issued is read through {@link IssuedResponses}.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ResponseIssuing {

    private final OpenRequests requests;
    private final RequestRows rows;
    private final ResponseAssembly assembly;
    private final ResponseRendering rendering;
    private final ResponseDelivery delivery;
    private final RequestClosing closing;

    ResponseIssuing(
            OpenRequests requests,
            RequestRows rows,
            ResponseAssembly assembly,
            ResponseRendering rendering,
            ResponseDelivery delivery,
            RequestClosing closing) {
        this.requests = requests;
        this.rows = rows;
        this.assembly = assembly;
        this.rendering = rendering;
        this.delivery = delivery;
        this.closing = closing;
    }

    /**
     * Renders and sends the response, records it on the timeline and closes the request.
     *
     * @throws InvalidInput if the request is not ready, or a record that mentions other people is undecided
     */
    @Transactional
    public ResponseIssued issue(RightsRequestId id) {
        RequestRow row = requests.lock(id);
        RedactedFile redacted = assembly.redactedFile(row);
        Rendered rendered = rendering.render(row, redacted);
        Delivered delivered = delivery.deliver(row, redacted, rendered);
        int records = redacted.source().size();
        int withheld = redacted.withheld().size();
        requests.recorded(
                id,
                "Response issued (" + (rendered.pdf() == null ? "ZIP" : "PDF and ZIP") + "): " + records + " records, "
                        + withheld + " items withheld; " + delivered.sent(),
                "rights-request.response-issued",
                "records: " + records + "; withheld: " + withheld + "; delivery: "
                        + (delivered.issued().secureDownload()
                                ? "SECURE_DOWNLOAD; offer " + delivered.offer()
                                : "DPO_DOWNLOAD"));
        closing.close(
                rows.get(id),
                withheld == 0 ? RequestOutcome.COMPLETED : RequestOutcome.PARTLY_COMPLETED,
                "Response issued: " + records + " records, " + withheld + " items withheld",
                Tenancy.requireActor());
        return delivered.issued();
    }
}
