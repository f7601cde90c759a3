package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.Rectifications;
import org.custodia.casework.RestrictionGround;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentPurposes;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ProcessingActivities;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.rights.ConsentWithdrawals;
import org.custodia.rights.ErasureDecisions;
import org.custodia.rights.ErasureException;
import org.custodia.rights.ErasureGround;
import org.custodia.rights.ExceptionAnswer;
import org.custodia.rights.RecipientNotifications;
import org.custodia.rights.RequestObjections;
import org.custodia.rights.RequestRectifications;
import org.custodia.rights.RequestRestrictions;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequestView;
import org.custodia.rights.RightsRequests;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms that act on a request for its matched people, one page each so that each shows its errors. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RequestActionPages {

    static final Set<String> ACTIONS = Set.of(
            "erasure",
            "rectification",
            "statement",
            "restriction",
            "lift-notice",
            "lifting",
            "objection",
            "consent-withdrawal",
            "notification");

    private final RightsRequests requests;
    private final ErasureDecisions erasures;
    private final RequestRectifications corrections;
    private final RequestRestrictions restrictions;
    private final RequestObjections objections;
    private final ConsentWithdrawals withdrawals;
    private final RecipientNotifications notifications;
    private final Rectifications rectifications;
    private final ProcessingActivities activities;
    private final ConsentPurposes purposes;

    RequestActionPages(
            RightsRequests requests,
            ErasureDecisions erasures,
            RequestRectifications corrections,
            RequestRestrictions restrictions,
            RequestObjections objections,
            ConsentWithdrawals withdrawals,
            RecipientNotifications notifications,
            Rectifications rectifications,
            ProcessingActivities activities,
            ConsentPurposes purposes) {
        this.requests = requests;
        this.erasures = erasures;
        this.corrections = corrections;
        this.restrictions = restrictions;
        this.objections = objections;
        this.withdrawals = withdrawals;
        this.notifications = notifications;
        this.rectifications = rectifications;
        this.activities = activities;
        this.purposes = purposes;
    }

    /** A value of a matched person the DPO may correct or attach a statement to. */
    record ValueChoice(String code, String label) {}

    @GetMapping(RequestPages.BASE + "/{id}/act/{action}")
    String form(@PathVariable UUID id, @PathVariable String action, Model model) {
        prepare(id, action, model);
        return FormPage.show(new Form(), model, () -> "rights/action");
    }

    @PostMapping(RequestPages.BASE + "/{id}/act/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        prepare(id, action, model);
        RightsRequestId request = new RightsRequestId(id);
        Form fields = form;
        return FormPage.submit(
                form,
                () -> {
                    redirect.addFlashAttribute("notice", perform(request, action, fields));
                    return RequestPages.BASE + "/" + id;
                },
                null,
                () -> "rights/action",
                model,
                redirect,
                response);
    }

    private String perform(RightsRequestId id, String action, Form fields) {
        switch (action) {
            case "erasure":
                List<ExceptionAnswer> answers = new ArrayList<>();
                for (ErasureException exception : ErasureException.values()) {
                    String applies = fields.text("exception-" + exception.name());
                    answers.add(new ExceptionAnswer(
                            exception,
                            applies == null ? null : Boolean.valueOf(applies),
                            fields.text("exception-" + exception.name() + "-reason")));
                }
                erasures.decide(id, fields.choice("ground", ErasureGround.class), answers);
                return "Erasure decided: the outcome is below and has been sent to the requester";
            case "rectification":
                String[] value = personAndValue(fields.text("value"));
                corrections.correct(id, new PersonId(UUID.fromString(value[0])), value[1], fields.text("newValue"));
                return "Value corrected; recipients told";
            case "statement":
                String[] about = personAndValue(fields.text("value"));
                corrections.addStatement(
                        id, new PersonId(UUID.fromString(about[0])), about[1], fields.text("statement"));
                return "Statement added";
            case "restriction":
                restrictions.restrict(id, person(fields), fields.choice("ground", RestrictionGround.class));
                return "Data restricted; recipients told";
            case "lift-notice":
                LocalDate liftOn = fields.date("liftOn", "The date the restriction is to be lifted");
                fields.check();
                restrictions.tellBeforeLifting(id, person(fields), liftOn, fields.text("reasons"));
                return "The person has been told the restriction will be lifted";
            case "lifting":
                LocalDate toldOn = fields.date("personToldOn", "The date the person was told");
                fields.check();
                restrictions.lift(id, person(fields), toldOn);
                return "Restriction lifted";
            case "objection":
                String activity = fields.text("activity");
                objections.object(
                        id,
                        person(fields),
                        activity == null ? null : new ProcessingActivityId(uuid(activity, "activity")),
                        fields.choice("decision", ObjectionDecision.class),
                        fields.text("grounds"));
                return "Objection decided";
            case "consent-withdrawal":
                LocalDate withdrawnOn = fields.date("withdrawnOn", "The date consent was withdrawn");
                fields.check();
                String purpose = fields.text("purposeId");
                withdrawals.withdrawConsent(
                        id,
                        person(fields),
                        purpose == null ? null : new ConsentPurposeId(uuid(purpose, "purposeId")),
                        fields.choice("method", ConsentMethod.class),
                        withdrawnOn);
                return "Consent withdrawn";
            case "notification":
                LocalDate doneOn = fields.date("doneOn", "The date the recipient was told");
                fields.check();
                notifications.done(id, uuid(fields.text("notification"), "how"), fields.text("how"), doneOn);
                return "Notification recorded";
            default:
                throw new NotFound("Action");
        }
    }

    private void prepare(UUID id, String action, Model model) {
        if (!ACTIONS.contains(action)) {
            throw new NotFound("Action");
        }
        RightsRequestView request = requests.view(new RightsRequestId(id));
        model.addAttribute("request", request);
        model.addAttribute("action", action);
        model.addAttribute("people", request.matches());
        model.addAttribute("grounds", ErasureGround.values());
        model.addAttribute("exceptions", ErasureException.values());
        model.addAttribute("restrictionGrounds", RestrictionGround.values());
        model.addAttribute("decisions", ObjectionDecision.values());
        model.addAttribute("methods", ConsentMethod.values());
        if (action.equals("rectification") || action.equals("statement")) {
            List<ValueChoice> values = new ArrayList<>();
            for (PersonSummary person : request.matches()) {
                if (!person.name().equals("(no longer in the records)")) {
                    rectifications
                            .choices(person.id())
                            .forEach(c -> values.add(new ValueChoice(
                                    person.id().value() + "/" + c.code(), person.name() + ": " + c.label())));
                }
            }
            model.addAttribute("values", values);
        }
        if (action.equals("objection")) {
            model.addAttribute("activities", activities.all());
        }
        if (action.equals("consent-withdrawal")) {
            model.addAttribute("purposes", purposes.all());
        }
        if (action.equals("notification")) {
            model.addAttribute("notifications", notifications.of(new RightsRequestId(id)));
        }
    }

    private static String[] personAndValue(String value) {
        String[] parts = value == null ? new String[0] : value.split("/", 2);
        if (parts.length != 2) {
            throw new InvalidInput("value", "Select the value");
        }
        uuid(parts[0], "value");
        return parts;
    }

    private static PersonId person(Form fields) {
        String value = fields.text("person");
        if (value == null) {
            throw new InvalidInput("person", "Select a person the request is matched to");
        }
        return new PersonId(uuid(value, "person"));
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput(field, "Select from the list");
        }
    }
}
