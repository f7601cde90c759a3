package org.custodia.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.correspondence.DownloadFile;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.NewOffer;
import org.custodia.correspondence.SecureDownloads;
import org.custodia.identity.Organisations;
import org.custodia.personaldata.SubjectFile;
import org.custodia.platform.Tenancy;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.Redactions;
import org.custodia.rights.internal.Redactions.Decision;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.rights.internal.Responses;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing the response to an access, portability or deceased person's record request: the PDF and the
 * ZIP with the redactions applied (portability: the ZIP only), offered to the requester through a secure
 * download, or kept for the DPO to send by post or hand over. Issuing closes the request, which lifts its
 * legal holds.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestResponses {

    private final RequestRows rows;
    private final Redactions redactions;
    private final Responses responses;
    private final ResponseFiles files;
    private final Pauses pauses;
    private final Matches matches;
    private final PersonalDetails details;
    private final PersonDirectory people;
    private final Organisations organisations;
    private final ResponseDocuments documents;
    private final SecureDownloads downloads;
    private final RequestClocks clocks;
    private final History history;
    private final RequestClosing closing;
    private final AuditTrail audit;
    private final Clock clock;
    private final RequesterLetters letters;

    RequestResponses(
            RequestRows rows,
            Redactions redactions,
            Responses responses,
            ResponseFiles files,
            Pauses pauses,
            Matches matches,
            PersonalDetails details,
            PersonDirectory people,
            Organisations organisations,
            ResponseDocuments documents,
            SecureDownloads downloads,
            RequestClocks clocks,
            History history,
            RequestClosing closing,
            AuditTrail audit,
            Clock clock,
            RequesterLetters letters) {
        this.letters = letters;
        this.rows = rows;
        this.redactions = redactions;
        this.responses = responses;
        this.files = files;
        this.pauses = pauses;
        this.matches = matches;
        this.details = details;
        this.people = people;
        this.organisations = organisations;
        this.documents = documents;
        this.downloads = downloads;
        this.clocks = clocks;
        this.history = history;
        this.closing = closing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a response applies to the request, how much is withheld so far, and how it went out. */
    @Transactional(readOnly = true)
    public ResponseStatus status(RightsRequestId id) {
        RequestRow row = rows.get(id);
        return new ResponseStatus(
                ResponseFiles.KINDS.contains(row.kind()),
                redactions.count(id),
                responses.find(id).map(RequestResponses::issued).orElse(null));
    }

    /**
     * Renders and sends the response, records it on the timeline and closes the request.
     *
     * @throws InvalidInput if the request is not ready, or a record that mentions other people is undecided
     */
    @Transactional
    public ResponseIssued issue(RightsRequestId id) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        List<String> notReady = new ArrayList<>(files.notReady(row));
        if (Pauses.current(pauses.of(id)).isPresent()) {
            notReady.add("The clock is paused: resume it (or record the fee as paid) before responding");
        }
        if (!notReady.isEmpty()) {
            throw new InvalidInput("request", notReady.get(0));
        }
        SubjectFile file = files.file(row);
        List<Decision> decisions = redactions.of(id);
        long undecided = RedactionReview.items(file, decisions).stream()
                .filter(item -> item.state() == ResponseReview.State.TO_REVIEW)
                .count();
        if (undecided > 0) {
            throw new InvalidInput(
                    "records",
                    undecided + (undecided == 1 ? " record mentions" : " records mention")
                            + " other people and is not yet decided: withhold what must be withheld, or mark it"
                            + " reviewed to disclose it");
        }
        RedactedFile redacted = RedactedFile.of(file, ResponseFiles.redactions(decisions));
        NewRightsRequest request = details.open(row);
        ResponseDetails printed = new ResponseDetails(
                organisations.current().name(),
                id.reference(),
                request.requester().name(),
                subjectName(id, request),
                clocks.today(),
                row.kind() != RequestKind.DECEASED_PERSON_RECORD);
        byte[] pdf = row.kind() == RequestKind.PORTABILITY ? null : documents.pdf(redacted, printed);
        byte[] zip = documents.zip(redacted, printed);
        String email = request.requester().email();
        boolean secure = row.responseMethod() == ResponseMethod.SECURE_DOWNLOAD && email != null;
        DownloadOfferId offer = secure ? offer(id, row, request, pdf, zip) : null;
        int withheld = redacted.withheld().size();
        ResponseIssued issued = new ResponseIssued(
                secure,
                offer == null ? null : offer.value(),
                file.size(),
                withheld,
                pdf != null,
                true,
                clock.instant());
        responses.insert(
                new Responses.Issued(
                        id, secure, issued.offer(), file.size(), withheld, pdf != null, true, issued.issuedAt()),
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
        history.add(
                id,
                "Response issued (" + (pdf == null ? "ZIP" : "PDF and ZIP") + "): " + file.size() + " records, "
                        + withheld + " items withheld; " + sent);
        audit.record(AuditRecord.of("rights-request.response-issued", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail("records: " + file.size() + "; withheld: " + withheld + "; delivery: "
                        + (secure ? "SECURE_DOWNLOAD; offer " + offer : "DPO_DOWNLOAD")));
        closing.close(
                rows.get(id),
                withheld == 0 ? RequestOutcome.COMPLETED : RequestOutcome.PARTLY_COMPLETED,
                "Response issued: " + file.size() + " records, " + withheld + " items withheld",
                Tenancy.requireActor());
        return issued;
    }

    /** A document kept for the DPO ("pdf" or "zip"), to send by post or hand over; the download is audited. */
    @Transactional
    public Document document(RightsRequestId id, String which) {
        rows.get(id);
        byte[] content = responses.document(id, which).orElseThrow(() -> new NotFound("Response document"));
        audit.record(AuditRecord.of("rights-request.response-downloaded", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(which));
        return new Document(fileName(id, which), "pdf".equals(which) ? "application/pdf" : "application/zip", content);
    }

    /** A response document with the name to save it under (the request's reference, never a name). */
    public record Document(String fileName, String mediaType, byte[] content) {}

    static ResponseIssued issued(Responses.Issued row) {
        return new ResponseIssued(
                row.secureDownload(),
                row.offer(),
                row.records(),
                row.withheld(),
                row.hasPdf(),
                row.hasZip(),
                row.issuedAt());
    }

    private DownloadOfferId offer(
            RightsRequestId id, RequestRow row, NewRightsRequest request, byte[] pdf, byte[] zip) {
        List<DownloadFile> offered = new ArrayList<>();
        if (pdf != null) {
            offered.add(new DownloadFile(fileName(id, "pdf"), "application/pdf", pdf));
        }
        offered.add(new DownloadFile(fileName(id, "zip"), "application/zip", zip));
        return downloads.offerWithLetter(
                new NewOffer(request.requester().email(), id.value(), title(row.kind()), offered),
                letters.valuesOf(row, request));
    }

    private String subjectName(RightsRequestId id, NewRightsRequest request) {
        List<String> names = matches.of(id).stream()
                .map(match -> people.find(match.person()).map(p -> p.name()).orElse(null))
                .filter(name -> name != null)
                .distinct()
                .toList();
        return names.isEmpty() ? request.subject().name() : String.join(" and ", names);
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

    static String fileName(RightsRequestId id, String which) {
        return "response-" + id.reference() + "." + which;
    }
}
