package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.rights.FeeReason;
import org.custodia.rights.IdentityCheck;
import org.custodia.rights.PauseReason;
import org.custodia.rights.RefusalGround;
import org.custodia.rights.RequestFees;
import org.custodia.rights.RequestLetters;
import org.custodia.rights.RequestMatching;
import org.custodia.rights.RequestOutcome;
import org.custodia.rights.RequestRefusals;
import org.custodia.rights.RequestSteps;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequests;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of each step of a request, one page each, so that each shows its own errors. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RequestStepPages {

    static final Set<String> STEPS =
            Set.of("identity", "pause", "resume", "extend", "fee", "fee-paid", "refuse", "match", "close");

    private final RightsRequests requests;
    private final RequestSteps steps;
    private final RequestFees fees;
    private final RequestRefusals refusals;
    private final RequestMatching matching;
    private final RequestLetters letters;

    RequestStepPages(
            RightsRequests requests,
            RequestSteps steps,
            RequestFees fees,
            RequestRefusals refusals,
            RequestMatching matching,
            RequestLetters letters) {
        this.fees = fees;
        this.refusals = refusals;
        this.letters = letters;
        this.requests = requests;
        this.steps = steps;
        this.matching = matching;
    }

    @GetMapping(RequestPages.BASE + "/{id}/{step}")
    String form(
            @PathVariable UUID id,
            @PathVariable String step,
            @RequestParam(required = false) String q,
            Form query,
            Model model,
            HttpServletResponse response) {
        prepare(id, step, model);
        if ("match".equals(step) && query.get("q") != null) {
            try {
                model.addAttribute(
                        "candidates",
                        matching.candidates(new RightsRequestId(id), q, query.date("dateOfBirth", "Date of birth")));
            } catch (InvalidInput e) {
                model.addAttribute("errors", e.errors());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return FormPage.show(query, model, () -> "rights/step");
        }
        return FormPage.show(new Form(), model, () -> "rights/step");
    }

    @PostMapping(RequestPages.BASE + "/{id}/{step}")
    String act(
            @PathVariable UUID id,
            @PathVariable String step,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        prepare(id, step, model);
        RightsRequestId request = new RightsRequestId(id);
        Form fields = form;
        return FormPage.submit(
                form,
                () -> {
                    String notice = perform(request, step, fields, form);
                    redirect.addFlashAttribute("notice", notice);
                    return RequestPages.BASE + "/" + id;
                },
                null,
                () -> "rights/step",
                model,
                redirect,
                response);
    }

    private String perform(RightsRequestId id, String step, Form fields, Form form) {
        switch (step) {
            case "identity":
                LocalDate checkedOn = fields.date("checkedOn", "The date of the check");
                fields.check();
                steps.recordIdentity(
                        id, fields.choice("check", IdentityCheck.class), fields.text("evidence"), checkedOn);
                return "Identity check recorded";
            case "pause":
                LocalDate pausedOn = fields.date("pausedOn", "The date");
                fields.check();
                letters.ask(id, fields.choice("reason", PauseReason.class), pausedOn, fields.text("letter"));
                return "Clock paused";
            case "resume":
                LocalDate resumedOn = fields.date("resumedOn", "The date");
                fields.check();
                steps.resume(id, resumedOn);
                return "Clock resumed";
            case "extend":
                LocalDate toldOn = fields.date("personToldOn", "The date the person was told");
                fields.check();
                steps.extend(id, fields.integer("months"), fields.text("reason"), toldOn);
                return "Deadline extended";
            case "fee":
                fees.chargeFee(
                        id,
                        fields.choice("reason", FeeReason.class),
                        fields.pence("amount"),
                        fields.text("explanation"));
                return "Fee asked for: the clock waits until it is paid";
            case "fee-paid":
                LocalDate paidOn = fields.date("paidOn", "The date the fee was paid");
                fields.check();
                fees.feePaid(id, paidOn);
                return "Fee recorded as paid";
            case "refuse":
                LocalDate refusalToldOn = fields.date("personToldOn", "The date the person was told");
                fields.check();
                refusals.refuse(
                        id,
                        fields.choice("ground", RefusalGround.class),
                        fields.text("reasons"),
                        refusalToldOn,
                        fields.checked("toldOfRightToComplain"));
                return "Request refused and closed";
            case "match":
                List<PersonId> people = form.all("people").stream()
                        .map(RequestStepPages::person)
                        .toList();
                matching.confirm(id, people);
                return "Match confirmed: a legal hold is placed on each person";
            case "close":
                requests.close(id, fields.choice("outcome", RequestOutcome.class), fields.text("summary"));
                return "Request closed";
            default:
                throw new NotFound("Step");
        }
    }

    private void prepare(UUID id, String step, Model model) {
        if (!STEPS.contains(step)) {
            throw new NotFound("Step");
        }
        model.addAttribute("request", requests.view(new RightsRequestId(id)));
        model.addAttribute("step", step);
        model.addAllAttributes(Map.of(
                "identityChecks", IdentityCheck.values(),
                "pauseReasons", List.of(PauseReason.IDENTITY, PauseReason.CLARIFICATION),
                "feeReasons", FeeReason.values(),
                "refusalGrounds", RefusalGround.values(),
                "outcomes",
                        List.of(
                                RequestOutcome.COMPLETED,
                                RequestOutcome.PARTLY_COMPLETED,
                                RequestOutcome.WITHDRAWN,
                                RequestOutcome.NOT_PURSUED)));
    }

    private static PersonId person(String value) {
        try {
            return new PersonId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
