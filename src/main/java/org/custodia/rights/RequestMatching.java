package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.HoldGround;
import org.custodia.retention.HoldTarget;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.NewHold;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.RequestClocks;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching a request to the people in the organisation's records: the DPO searches everyone (need-to-know
 * aside) and confirms who the request is about. Each confirmed person is put under a legal hold, so that
 * disposal cannot remove the evidence the request needs; closing the request lifts it.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestMatching {

    private final RequestRows rows;
    private final Matches matches;
    private final Pauses pauses;
    private final History history;
    private final RequestClocks clocks;
    private final PersonDirectory people;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestMatching(
            RequestRows rows,
            Matches matches,
            Pauses pauses,
            History history,
            RequestClocks clocks,
            PersonDirectory people,
            LegalHolds holds,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.matches = matches;
        this.pauses = pauses;
        this.history = history;
        this.clocks = clocks;
        this.people = people;
        this.holds = holds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** People who may be the one the request is about. The terms are never recorded, only the count. */
    @Transactional
    public List<PersonSummary> candidates(RightsRequestId id, String text, LocalDate dateOfBirth) {
        rows.get(id);
        List<PersonSummary> found = people.searchOrganisation(text, dateOfBirth);
        audit.record(AuditRecord.of("rights-request.people-searched", Outcome.SUCCESS)
                .about("rights-request", id)
                .withDetail("results: " + found.size()));
        return found;
    }

    /** The people the request is confirmed to be about; each is put under a legal hold until it closes. */
    @Transactional
    public List<PersonId> confirm(RightsRequestId id, List<PersonId> chosen) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInput("people", "Select the people the request is about");
        }
        Set<PersonId> already =
                matches.of(id).stream().map(Matches.Match::person).collect(Collectors.toSet());
        for (PersonId person : chosen) {
            if (person == null || people.find(person).isEmpty()) {
                throw new InvalidInput("people", "Select people from the search results");
            }
        }
        LocalDate reviewOn = reviewOn(row);
        List<PersonId> added = new ArrayList<>();
        for (PersonId person : chosen.stream().distinct().toList()) {
            if (already.contains(person)) {
                continue;
            }
            UUID hold = holds.place(new NewHold(
                    HoldTarget.PERSON,
                    person.value(),
                    HoldGround.RIGHTS_REQUEST,
                    "Open rights request " + id.reference(),
                    reviewOn));
            matches.add(id, person, hold, Tenancy.requireActor().id(), clock.instant());
            added.add(person);
            audit.record(AuditRecord.of("rights-request.matched", Outcome.SUCCESS)
                    .about("rights-request", id)
                    .concerning(person.value())
                    .withDetail("legal hold " + hold));
        }
        if (added.isEmpty()) {
            throw new InvalidInput("people", "Those people are already matched to this request");
        }
        history.add(
                id,
                "Matched to " + added.size() + (added.size() == 1 ? " person" : " people")
                        + " in our records; a legal hold is placed on each while the request is open");
        events.publishEvent(new SubjectsMatched(Tenancy.current().orElseThrow(), id, List.copyOf(added)));
        return added;
    }

    /** The hold is reviewed a month after the deadline (or three months on, for a request without one). */
    private LocalDate reviewOn(RequestRow row) {
        LocalDate today = UkCalendar.today(clock);
        RequestClock requestClock = clocks.of(row, pauses.of(row.id()), clocks.nation());
        LocalDate due = requestClock.dueOn();
        LocalDate review = due == null ? today.plusMonths(3) : due.plusMonths(1);
        return review.isAfter(today) ? review : today.plusMonths(1);
    }
}
