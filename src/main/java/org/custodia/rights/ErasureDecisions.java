package org.custodia.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonSummary;
import org.custodia.correspondence.LetterKind;
import org.custodia.governance.DataReceived;
import org.custodia.governance.Disclosures;
import org.custodia.personaldata.Erasure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.LegalHold;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RecordPeriod;
import org.custodia.retention.RetentionPeriods;
import org.custodia.rights.ErasureReport.PersonResult;
import org.custodia.rights.internal.ErasureRows;
import org.custodia.rights.internal.History;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.RecipientNotices;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on an erasure request (UK GDPR Art 17), once: the DPO gives the ground and answers each Art
 * 17(3) exception. If one applies, nothing is erased. Otherwise each matched person is erased through
 * every module's holder (their key destroyed) unless a legal hold other than this request's own, or a
 * retention period of the schedule, keeps them; whoever is kept is reported with the reason. The
 * recipients of an erased person's data are told, and the requester gets the outcome letter.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ErasureDecisions {

    private final RequestRows rows;
    private final Matches matches;
    private final ErasureRows erasures;
    private final PersonDirectory people;
    private final LegalHolds holds;
    private final RetentionPeriods periods;
    private final Disclosures disclosures;
    private final Erasure erasure;
    private final RecipientNotices notices;
    private final RequesterLetters letters;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;

    ErasureDecisions(
            RequestRows rows,
            Matches matches,
            ErasureRows erasures,
            PersonDirectory people,
            LegalHolds holds,
            RetentionPeriods periods,
            Disclosures disclosures,
            Erasure erasure,
            RecipientNotices notices,
            RequesterLetters letters,
            History history,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.matches = matches;
        this.erasures = erasures;
        this.people = people;
        this.holds = holds;
        this.periods = periods;
        this.disclosures = disclosures;
        this.erasure = erasure;
        this.notices = notices;
        this.letters = letters;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the request did, once decided. */
    @Transactional(readOnly = true)
    public Optional<ErasureReport> report(RightsRequestId id) {
        rows.get(id);
        return erasures.find(id);
    }

    @Transactional
    public ErasureReport decide(RightsRequestId id, ErasureGround ground, List<ExceptionAnswer> answers) {
        RequestRow row = rows.lock(id);
        OpenRequests.requireOpen(row);
        List<Matches.Match> matched = matches.of(id);
        if (erasures.decided(id)) {
            throw new InvalidInput("ground", "The erasure on this request has already been decided");
        }
        List<ExceptionAnswer> checked = check(row, matched, ground, answers);
        List<ExceptionAnswer> applying =
                checked.stream().filter(ExceptionAnswer::applying).toList();
        Set<UUID> ownHolds = matched.stream().map(Matches.Match::hold).collect(Collectors.toSet());
        ErasureDecision decision = new ErasureDecision(ErasureDecision.Basis.ERASURE_REQUEST, id.value());
        List<PersonResult> results = new ArrayList<>();
        for (Matches.Match match : matched) {
            Optional<PersonSummary> person = people.find(match.person());
            if (person.isEmpty()) {
                results.add(new PersonResult(
                        match.person().value(), "(no longer in the records)", true, List.of("Already erased")));
            } else if (!applying.isEmpty()) {
                results.add(new PersonResult(
                        match.person().value(), describe(person.get()), false, exceptionReasons(applying)));
            } else {
                results.add(eraseOne(id, person.get(), ownHolds, decision));
            }
        }
        ErasureReport report = new ErasureReport(ground, checked, results, clock.instant());
        erasures.insert(id, report, Tenancy.requireActor().id());
        history.add(
                id,
                "Erasure decided (" + ground.label().toLowerCase() + "): "
                        + report.erased().size() + " erased, " + report.kept().size() + " kept with reasons");
        audit.record(AuditRecord.of("rights-request.erasure-decided", Outcome.SUCCESS)
                .about("rights-request", id)
                .concerning(id.value())
                .withDetail(ground.name() + "; exceptions applying: "
                        + applying.stream().map(a -> a.exception().name()).toList() + "; erased "
                        + report.erased().size() + "; kept " + report.kept().size()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("erasedList", list(report.erased(), "Nothing has been erased.", false));
        values.put("keptList", list(report.kept(), "Nothing has been kept.", true));
        letters.send(row, LetterKind.ERASURE_OUTCOME, values);
        return report;
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
            return new PersonResult(person.id().value(), describe(person), false, kept);
        }
        List<DataReceived> recipients = disclosures.recipientsOf(person.id());
        ErasureOutcome outcome = erasure.erase(subject, decision);
        if (people.find(person.id()).isPresent()) {
            // A holder kept the person (the child of a case still kept, say): what others removed is gone.
            return new PersonResult(person.id().value(), describe(person), false, withDefault(outcome.kept()));
        }
        notices.notify(
                id,
                recipients,
                describe(person),
                NotifiedChange.ERASURE,
                "We have erased all the information we held about this person, at their request (UK GDPR Article"
                        + " 17). Please erase the copies you hold, unless the law requires you to keep them.");
        return new PersonResult(person.id().value(), describe(person), true, outcome.kept());
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

    static String describe(PersonSummary person) {
        return person.name()
                + (person.dateOfBirth() == null ? "" : " (born " + RequestClock.format(person.dateOfBirth()) + ")");
    }

    private static String list(List<PersonResult> results, String none, boolean withReasons) {
        if (results.isEmpty()) {
            return none;
        }
        StringBuilder text = new StringBuilder();
        for (PersonResult result : results) {
            text.append(text.length() == 0 ? "" : "\n")
                    .append("- The information about ")
                    .append(result.name());
            if (withReasons) {
                result.reasons().forEach(reason -> text.append("\n  ").append(reason));
            }
        }
        return text.toString();
    }

    private static List<ExceptionAnswer> check(
            RequestRow row, List<Matches.Match> matched, ErasureGround ground, List<ExceptionAnswer> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.kind() != RequestKind.ERASURE) {
            throw new InvalidInput("request", "Only an erasure request erases anyone");
        }
        if (matched.isEmpty()) {
            errors.put("request", "Match the request to the people in our records first");
        }
        if (ground == null) {
            errors.put("ground", "Select the ground for erasure");
        }
        Map<ErasureException, ExceptionAnswer> given = new LinkedHashMap<>();
        (answers == null ? List.<ExceptionAnswer>of() : answers)
                .stream()
                        .filter(a -> a != null && a.exception() != null)
                        .forEach(a -> given.putIfAbsent(a.exception(), a));
        List<ExceptionAnswer> checked = new ArrayList<>();
        for (ErasureException exception : ErasureException.values()) {
            ExceptionAnswer answer = given.get(exception);
            String field = "exception-" + exception.name();
            if (answer == null || answer.applies() == null) {
                errors.put(field, "Answer whether " + exception.article() + " applies");
                continue;
            }
            String reason = RequestRules.tidy(answer.reason());
            if (answer.applying()) {
                RequestRules.required(
                        errors, field + "-reason", reason, 2000, "Enter why " + exception.article() + " applies");
            }
            checked.add(new ExceptionAnswer(exception, answer.applies(), answer.applying() ? reason : null));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return checked;
    }
}
