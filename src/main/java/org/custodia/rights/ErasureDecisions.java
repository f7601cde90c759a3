package org.custodia.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.correspondence.LetterKind;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.platform.Tenancy;
import org.custodia.rights.ErasureReport.PersonResult;
import org.custodia.rights.internal.ErasureRows;
import org.custodia.rights.internal.Matches;
import org.custodia.rights.internal.RequestRows;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequestRules;
import org.custodia.rights.internal.RequesterLetters;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on an erasure request (UK GDPR Art 17), once: the DPO gives the ground and answers each Art
 * 17(3) exception. If one applies, nothing is erased. Otherwise each matched person is erased through
 * every module's holder (their key destroyed) unless a legal hold other than this request's own, or a
 * retention period of the schedule, keeps them; whoever is kept is reported with the reason. The
 * recipients of an erased person's data are told, and the requester gets the outcome letter. The
 * person-by-person step, which needs retention, personaldata and governance, is {@link PersonErasures};
 * this class keeps the checks, the report, the timeline and the letter.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ErasureDecisions {

    private final OpenRequests requests;
    private final RequestRows rows;
    private final Matches matches;
    private final ErasureRows erasures;
    private final PersonErasures people;
    private final RequesterLetters letters;
    private final Clock clock;

    ErasureDecisions(
            OpenRequests requests,
            RequestRows rows,
            Matches matches,
            ErasureRows erasures,
            PersonErasures people,
            RequesterLetters letters,
            Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.matches = matches;
        this.erasures = erasures;
        this.people = people;
        this.letters = letters;
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
        RequestRow row = requests.lock(id);
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
            results.add(people.erase(id, match, applying, ownHolds, decision));
        }
        ErasureReport report = new ErasureReport(ground, checked, results, clock.instant());
        erasures.insert(id, report, Tenancy.requireActor().id());
        requests.recorded(
                id,
                "Erasure decided (" + ground.label().toLowerCase() + "): "
                        + report.erased().size() + " erased, " + report.kept().size() + " kept with reasons",
                "rights-request.erasure-decided",
                ground.name() + "; exceptions applying: "
                        + applying.stream().map(a -> a.exception().name()).toList() + "; erased "
                        + report.erased().size() + "; kept " + report.kept().size());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("erasedList", list(report.erased(), "Nothing has been erased.", false));
        values.put("keptList", list(report.kept(), "Nothing has been kept.", true));
        letters.send(row, LetterKind.ERASURE_OUTCOME, values);
        return report;
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
