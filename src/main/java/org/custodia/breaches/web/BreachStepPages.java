package org.custodia.breaches.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.breaches.BreachHandling;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.Breaches;
import org.custodia.breaches.NotToldReason;
import org.custodia.breaches.PeopleTold;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.Risk;
import org.custodia.platform.Form;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of handling a breach: risk assessment, containment action, reporting decision, the
 * report to the ICO and telling the people affected. Each is {@code /breaches/{id}/<step>}.
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class BreachStepPages {

    private static final String STEPS = "{step:assessment|action|decision|ico-report|people-told}";

    private final Breaches breaches;
    private final BreachHandling handling;

    BreachStepPages(Breaches breaches, BreachHandling handling) {
        this.breaches = breaches;
        this.handling = handling;
    }

    @GetMapping("/breaches/{id}/" + STEPS)
    String form(@PathVariable UUID id, @PathVariable String step, Model model) {
        var breach = breaches.view(new BreachId(id));
        if ("people-told".equals(step)
                && (breach.notificationTask() == null
                        || !breach.notificationTask().open())) {
            throw new NotFound("Task");
        }
        model.addAttribute("breach", breach);
        return FormPages.show(model, "breaches/" + step);
    }

    @PostMapping("/breaches/{id}/" + STEPS)
    String submit(
            @PathVariable UUID id,
            @PathVariable String step,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        BreachId breach = new BreachId(id);
        model.addAttribute("breach", breaches.view(breach));
        Supplier<String> action = () -> {
            act(breach, step, form);
            return "/breaches/" + id;
        };
        return FormPages.submit("breaches/" + step, form, action, notice(step), model, redirect, response);
    }

    private void act(BreachId breach, String step, Form form) {
        switch (step) {
            case "assessment" -> handling.assess(breach, form.choice("risk", Risk.class), form.text("reasons"));
            case "action" -> {
                var takenOn = form.date("takenOn", "The date the action was taken");
                form.check();
                handling.addAction(breach, takenOn, form.text("description"));
            }
            case "decision" ->
                handling.decide(breach, form.choice("decision", ReportingDecision.class), form.text("reasons"));
            case "ico-report" -> {
                var reportedAt = form.dateTime("reportedAt", "When the breach was reported");
                form.check();
                handling.reportToIco(breach, reportedAt, form.text("icoReference"), form.text("lateReasons"));
            }
            default -> {
                var told = peopleTold(form);
                form.check();
                handling.closeNotificationTask(breach, told);
            }
        }
    }

    private static PeopleTold peopleTold(Form form) {
        if ("TOLD".equals(form.text("outcome"))) {
            String how = form.text("toldHow");
            return new PeopleTold(form.date("toldOn", "The date people were told"), how == null ? "" : how, null, null);
        }
        NotToldReason reason = form.choice("outcome", NotToldReason.class);
        return reason == null ? null : PeopleTold.notTold(reason, form.text("explanation"));
    }

    private static String notice(String step) {
        switch (step) {
            case "assessment":
                return "Risk assessment recorded";
            case "action":
                return "Action recorded";
            case "decision":
                return "Decision recorded";
            case "ico-report":
                return "Report to the ICO recorded";
            default:
                return "Task closed";
        }
    }
}
