package org.custodia.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.custodia.correspondence.DownloadFile;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.NewOffer;
import org.custodia.correspondence.SecureDownloads;
import org.custodia.platform.Tenancy;
import org.custodia.rights.ResponseRendering.Rendered;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.rights.internal.Responses;
import org.springframework.stereotype.Component;

/**
 * Delivering a rendered response: offered to the requester through a secure download (the code in a
 * separate email) when they asked for it and gave an email address, otherwise kept for the DPO to send by
 * post or hand over; either way recorded as issued. On its own because delivery is the one step that talks
 * to correspondence, and the only one that keeps the documents.
 */
@Component
class ResponseDelivery {

    private final SecureDownloads downloads;
    private final RequesterLetters letters;
    private final Responses responses;
    private final Clock clock;

    ResponseDelivery(SecureDownloads downloads, RequesterLetters letters, Responses responses, Clock clock) {
        this.downloads = downloads;
        this.letters = letters;
        this.responses = responses;
        this.clock = clock;
    }

    /** How the response went out: the offer, if by secure download, and how it was sent, for the timeline. */
    record Delivered(ResponseIssued issued, DownloadOfferId offer, String sent) {}

    Delivered deliver(RequestRow row, RedactedFile redacted, Rendered rendered) {
        RightsRequestId id = row.id();
        NewRightsRequest request = rendered.request();
        byte[] pdf = rendered.pdf();
        byte[] zip = rendered.zip();
        int records = redacted.source().size();
        String email = request.requester().email();
        boolean secure = row.responseMethod() == ResponseMethod.SECURE_DOWNLOAD && email != null;
        DownloadOfferId offer = secure ? offer(id, row, request, pdf, zip) : null;
        int withheld = redacted.withheld().size();
        ResponseIssued issued = new ResponseIssued(
                secure, offer == null ? null : offer.value(), records, withheld, pdf != null, true, clock.instant());
        responses.insert(
                new Responses.Issued(
                        id, secure, issued.offer(), records, withheld, pdf != null, true, issued.issuedAt()),
                secure ? null : pdf,
                secure ? null : zip,
                Tenancy.requireActor().id());
        String sent = secure
                ? "offered to the requester by secure download link (the code sent in a separate email)"
                : "documents kept for the DPO to send "
                        + (row.responseMethod() == ResponseMethod.POST
                                ? "by post"
                                : row.responseMethod() == ResponseMethod.COLLECT_IN_PERSON
                                        ? "for collection in person"
                                        : "on (the requester gave no email address)");
        return new Delivered(issued, offer, sent);
    }

    private DownloadOfferId offer(
            RightsRequestId id, RequestRow row, NewRightsRequest request, byte[] pdf, byte[] zip) {
        List<DownloadFile> offered = new ArrayList<>();
        if (pdf != null) {
            offered.add(new DownloadFile(IssuedResponses.fileName(id, "pdf"), "application/pdf", pdf));
        }
        offered.add(new DownloadFile(IssuedResponses.fileName(id, "zip"), "application/zip", zip));
        return downloads.offerWithLetter(
                new NewOffer(request.requester().email(), id.value(), title(row.kind()), offered),
                letters.valuesOf(row, request));
    }

    private static String title(RequestKind kind) {
        switch (kind) {
            case PORTABILITY:
                return "Your information in a machine-readable form";
            case DECEASED_PERSON_RECORD:
                return "The records you asked for";
            default:
                return "Your subject access response";
        }
    }
}
