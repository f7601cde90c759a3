package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.governance.Objection;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ObjectionId;
import org.custodia.governance.ObjectionKind;
import org.custodia.governance.Objections;
import org.custodia.governance.ProcessingActivities;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's pages for a person's objections: the list, recording one, and deciding one. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class ObjectionPages {

    private final Objections objections;
    private final ProcessingActivities activities;
    private final PersonDirectory directory;

    ObjectionPages(Objections objections, ProcessingActivities activities, PersonDirectory directory) {
        this.objections = objections;
        this.activities = activities;
        this.directory = directory;
    }

    @GetMapping("/people/{id}/objections")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new Form());
        return withList(new PersonId(id), model);
    }

    @PostMapping("/people/{id}/objections")
    String record(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PersonId person = new PersonId(id);
        withList(person, model);
        return FormPage.submit(
                form,
                () -> {
                    UUID activity = form.id("activity");
                    var kind = form.choice("kind", ObjectionKind.class);
                    var receivedOn = form.date("receivedOn", "The date received");
                    var request = request(form);
                    form.check();
                    ObjectionId recorded = objections.record(
                            person,
                            activity == null ? null : new ProcessingActivityId(activity),
                            kind,
                            receivedOn,
                            request);
                    return "/people/" + id + "/objections/" + recorded;
                },
                "Objection recorded: decide it below",
                () -> "governance/objections",
                model,
                redirect,
                response);
    }

    @GetMapping("/people/{id}/objections/{objection}")
    String objection(@PathVariable UUID id, @PathVariable UUID objection, Model model) {
        model.addAttribute("form", new Form());
        return withObjection(id, objection, model);
    }

    @PostMapping("/people/{id}/objections/{objection}/decision")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID objection,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        withObjection(id, objection, model);
        return FormPage.submit(
                form,
                () -> {
                    var request = request(form);
                    form.check();
                    objections.decide(
                            new ObjectionId(objection),
                            form.choice("decision", ObjectionDecision.class),
                            form.get("grounds"),
                            request);
                    return "/people/" + id + "/objections";
                },
                "Decision recorded",
                () -> "governance/objection",
                model,
                redirect,
                response);
    }

    private String withList(PersonId person, Model model) {
        model.addAttribute("person", directory.find(person).orElseThrow(() -> new NotFound("Person")));
        model.addAttribute("objections", objections.of(person));
        model.addAttribute("activities", activities.all());
        model.addAttribute("kinds", ObjectionKind.values());
        return "governance/objections";
    }

    private String withObjection(UUID person, UUID id, Model model) {
        Objection found = objections.get(new ObjectionId(id));
        if (!found.person().value().equals(person)) {
            throw new NotFound("Objection");
        }
        model.addAttribute("person", directory.find(found.person()).orElseThrow(() -> new NotFound("Person")));
        model.addAttribute("objection", found);
        model.addAttribute("decisions", ObjectionDecision.values());
        return "governance/objection";
    }

    private static UUID request(Form form) {
        return form.id("request", "Enter the request reference as shown on the request, or leave it blank");
    }
}
