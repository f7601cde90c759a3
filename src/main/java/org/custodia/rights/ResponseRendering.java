package org.custodia.rights;

import java.util.List;
import org.custodia.casework.PersonDirectory;
import org.custodia.identity.Organisations;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.PersonalDetails;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.springframework.stereotype.Component;

/**
 * Rendering a response's documents: the PDF and the ZIP (portability: the ZIP only) of the redacted file,
 * headed with the organisation, the reference, the requester and the people it is about. On its own because
 * what is printed on a response needs the requester's sealed details and the people directory, which
 * checking and delivering it do not.
 */
@Component
class ResponseRendering {

    private final PersonalDetails details;
    private final Matches matches;
    private final PersonDirectory people;
    private final Organisations organisations;
    private final ResponseDocuments documents;
    private final RequestClocks clocks;

    ResponseRendering(
            PersonalDetails details,
            Matches matches,
            PersonDirectory people,
            Organisations organisations,
            ResponseDocuments documents,
            RequestClocks clocks) {
        this.details = details;
        this.matches = matches;
        this.people = people;
        this.organisations = organisations;
        this.documents = documents;
        this.clocks = clocks;
    }

    /** The documents, with the request's details they were rendered for; {@code pdf} is null for portability. */
    record Rendered(NewRightsRequest request, byte[] pdf, byte[] zip) {}

    Rendered render(RequestRow row, RedactedFile redacted) {
        RightsRequestId id = row.id();
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
        return new Rendered(request, pdf, zip);
    }

    private String subjectName(RightsRequestId id, NewRightsRequest request) {
        List<String> names = matches.of(id).stream()
                .map(match -> people.find(match.person()).map(p -> p.name()).orElse(null))
                .filter(name -> name != null)
                .distinct()
                .toList();
        return names.isEmpty() ? request.subject().name() : String.join(" and ", names);
    }
}
