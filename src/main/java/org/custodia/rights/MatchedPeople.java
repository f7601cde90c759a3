package org.custodia.rights;

import java.util.List;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * What every action on a request's matched people shares ({@link RequestRectifications}, {@link
 * RequestRestrictions}, {@link RequestObjections}, {@link ConsentWithdrawals}, and who received their data
 * for {@link RecipientNotifications}): the request locked, open and of a kind the action belongs to, the
 * person one it is matched to, and the action on the timeline and in the audit trail about that person.
 */
@Component
class MatchedPeople {

    private final RequestRows rows;
    private final Matches matches;
    private final PersonDirectory people;
    private final History history;
    private final AuditTrail audit;

    MatchedPeople(RequestRows rows, Matches matches, PersonDirectory people, History history, AuditTrail audit) {
        this.rows = rows;
        this.matches = matches;
        this.people = people;
        this.history = history;
        this.audit = audit;
    }

    /** The request, locked for the action, if it is open and of one of the kinds the action belongs to. */
    RequestRow open(RightsRequestId id, Set<RequestKind> kinds) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        if (!kinds.contains(row.kind())) {
            throw new InvalidInput(
                    "request",
                    "This action does not belong to a request for " + row.kind().label());
        }
        return row;
    }

    /** The person, if the request is matched to them and they are still in the records. */
    PersonSummary matched(RightsRequestId id, PersonId person) {
        boolean isMatched = person != null
                && matches.of(id).stream().anyMatch(m -> m.person().equals(person));
        if (!isMatched) {
            throw new InvalidInput("person", "Select a person the request is matched to");
        }
        return people.find(person)
                .orElseThrow(() -> new InvalidInput("person", "This person is no longer in our records"));
    }

    /** The people the request is matched to who are still in the records. */
    List<PersonSummary> all(RightsRequestId id) {
        return matches.of(id).stream()
                .flatMap(m -> people.find(m.person()).stream())
                .toList();
    }

    /** The action on the request's timeline, and audited as concerning the person. */
    void done(RightsRequestId id, String action, PersonId person, String detail, String entry) {
        history.add(id, entry);
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(person.value())
                .withDetail(detail));
    }

    /** The person as named to a recipient: their name and, if known, their date of birth. */
    static String describe(PersonSummary person) {
        return person.name()
                + (person.dateOfBirth() == null ? "" : " (born " + RequestClock.format(person.dateOfBirth()) + ")");
    }
}
