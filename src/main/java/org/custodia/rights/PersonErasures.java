package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonSummary;
import org.custodia.governance.DataReceived;
import org.custodia.governance.Disclosures;
import org.custodia.personaldata.Erasure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.LegalHold;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RecordPeriod;
import org.custodia.retention.RetentionPeriods;
import org.custodia.rights.ErasureReport.PersonResult;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.RecipientNotices;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * The second step of an erasure decision, for each matched person: kept if an Art 17(3) exception applies,
 * or a legal hold other than the request's own, or a retention period of the schedule, keeps them; otherwise
 * erased through every module's holder (their key destroyed) and the recipients of their data told (Art 19).
 * On its own, apart from {@link ErasureDecisions}, because it is the part that needs retention, personaldata
 * and governance; the decision around it needs only the request.
 */
@Component
class PersonErasures {

    private final PersonDirectory people;
    private final LegalHolds holds;
    private final RetentionPeriods periods;
    private final Disclosures disclosures;
    private final Erasure erasure;
    private final RecipientNotices notices;
    private final Clock clock;

    PersonErasures(
            PersonDirectory people,
            LegalHolds holds,
            RetentionPeriods periods,
            Disclosures disclosures,
            Erasure erasure,
            RecipientNotices notices,
            Clock clock) {
        this.people = people;
        this.holds = holds;
        this.periods = periods;
        this.disclosures = disclosures;
        this.erasure = erasure;
        this.notices = notices;
        this.clock = clock;
    }

    /** What happened to the matched person: erased, or kept with the reasons. */
    PersonResult erase(
            RightsRequestId id,
            Matches.Match match,
            List<ExceptionAnswer> applying,
            Set<UUID> ownHolds,
            ErasureDecision decision) {
        Optional<PersonSummary> person = people.find(match.person());
        if (person.isEmpty()) {
            return new PersonResult(
                    match.person().value(), "(no longer in the records)", true, List.of("Already erased"));
        }
        if (!applying.isEmpty()) {
            return new PersonResult(
                    match.person().value(), MatchedPeople.describe(person.get()), false, exceptionReasons(applying));
        }
        return eraseOne(id, person.get(), ownHolds, decision);
    }

    private PersonResult eraseOne(
            RightsRequestId id, PersonSummary person, Set<UUID> ownHolds, ErasureDecision decision) {
        DataSubjectId subject = person.id().subject();
        // Rights request files name the person too, this request's own among them; erasure takes the person
        // out of closed ones and open ones keep their match (RequestsPersonalData), so they keep no one here.
        List<RecordPeriod> records = periods.of(subject).stream()
                .filter(period -> period.record().kind() != RecordKind.RIGHTS_REQUEST_FILE)
                .toList();
        LocalDate today = UkCalendar.today(clock);
        List<String> kept = new ArrayList<>();
        List<UUID> targets = new ArrayList<>();
        targets.add(person.id().value());
        records.forEach(r -> targets.add(r.record().recordId()));
        for (LegalHold hold : holds.standingOn(targets)) {
            if (!ownHolds.contains(hold.id())) {
                kept.add("A legal hold (" + hold.ground().label().toLowerCase() + ") on "
                        + (hold.targetId().equals(person.id().value())
                                ? "the person"
                                : "the record " + reference(records, hold.targetId()))
                        + " keeps it until the hold is lifted");
            }
        }
        records.stream().filter(r -> r.keeps(today)).forEach(r -> kept.add(r.describe()));
        if (!kept.isEmpty()) {
            return new PersonResult(person.id().value(), MatchedPeople.describe(person), false, kept);
        }
        List<DataReceived> recipients = disclosures.recipientsOf(person.id());
        ErasureOutcome outcome = erasure.erase(subject, decision);
        if (people.find(person.id()).isPresent()) {
            // A holder kept the person (the child of a case still kept, say): what others removed is gone.
            return new PersonResult(
                    person.id().value(), MatchedPeople.describe(person), false, withDefault(outcome.kept()));
        }
        notices.notify(
                id,
                recipients,
                MatchedPeople.describe(person),
                NotifiedChange.ERASURE,
                "We have erased all the information we held about this person, at their request (UK GDPR Article"
                        + " 17). Please erase the copies you hold, unless the law requires you to keep them.");
        return new PersonResult(person.id().value(), MatchedPeople.describe(person), true, outcome.kept());
    }

    private static List<String> withDefault(List<String> reasons) {
        return reasons.isEmpty() ? List.of("Kept by the records that refer to the person") : reasons;
    }

    private static String reference(List<RecordPeriod> records, UUID target) {
        return records.stream()
                .filter(r -> r.record().recordId().equals(target))
                .map(r -> r.record().kind().label().toLowerCase() + " "
                        + r.record().reference())
                .findFirst()
                .orElse(target.toString());
    }

    private static List<String> exceptionReasons(List<ExceptionAnswer> applying) {
        return applying.stream()
                .map(a -> a.exception().article() + " (" + a.exception().label().toLowerCase() + "): " + a.reason())
                .toList();
    }
}
