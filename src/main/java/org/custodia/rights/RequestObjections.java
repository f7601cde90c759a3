package org.custodia.rights;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.correspondence.LetterKind;
import org.custodia.governance.Objection;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ObjectionId;
import org.custodia.governance.ObjectionKind;
import org.custodia.governance.Objections;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.rights.internal.RequesterLetters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on an objection request (UK GDPR Art 21) or an objection to automated decisions (Art 22) for a
 * matched person: the objection recorded against the processing activity in governance and decided at once,
 * then the outcome letter with the compelling grounds if processing continues. A class of its own (once part
 * of {@code RequestActions}) so that objections need only governance's record of them and the letters.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class RequestObjections {

    private final MatchedPeople matched;
    private final Objections objections;
    private final RequesterLetters letters;

    RequestObjections(MatchedPeople matched, Objections objections, RequesterLetters letters) {
        this.matched = matched;
        this.objections = objections;
        this.letters = letters;
    }

    /** Records the objection to the activity and decides it at once; continuing needs the compelling grounds. */
    @Transactional
    public ObjectionId object(
            RightsRequestId id,
            PersonId person,
            ProcessingActivityId activity,
            ObjectionDecision decision,
            String grounds) {
        RequestRow row = matched.open(id, EnumSet.of(RequestKind.OBJECTION, RequestKind.OBJECTION_AUTOMATED_DECISIONS));
        PersonSummary who = matched.matched(id, person);
        ObjectionKind kind = row.kind() == RequestKind.OBJECTION_AUTOMATED_DECISIONS
                ? ObjectionKind.AUTOMATED_DECISIONS
                : ObjectionKind.PROCESSING;
        ObjectionId objection = objections.record(person, activity, kind, row.receivedOn(), id.value());
        objections.decide(objection, decision, grounds, id.value());
        Objection decided = objections.get(objection);
        matched.done(
                id,
                "rights-request.objection-decided",
                person,
                kind.name() + " " + decision.name(),
                "Objection to " + decided.activityName() + ": "
                        + decision.label().toLowerCase());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "outcome",
                decision == ObjectionDecision.UPHELD
                        ? "We have upheld your objection: we have stopped " + decided.activityName() + " for "
                                + who.name() + "."
                        : "We will continue " + decided.activityName() + " for " + who.name()
                                + ", because we have compelling legitimate grounds that override your interests,"
                                + " rights and freedoms.");
        values.put("reasons", decision == ObjectionDecision.CONTINUED ? decided.grounds() : "");
        letters.send(row, LetterKind.OBJECTION_OUTCOME, values);
        return objection;
    }
}
