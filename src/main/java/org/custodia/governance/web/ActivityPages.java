package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.casework.CaseType;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.Dpias;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.ProcessingActivities;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record of processing for the data protection officer: list, adopt, create, edit, go live. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class ActivityPages {

    private static final String FORM = "governance/activity-form";

    private final ProcessingActivities activities;
    private final Dpias dpias;

    ActivityPages(ProcessingActivities activities, Dpias dpias) {
        this.activities = activities;
        this.dpias = dpias;
    }

    @GetMapping("/data-protection/activities")
    String list(Model model) {
        model.addAttribute("activities", activities.all());
        model.addAttribute("templates", activities.templatesToAdopt());
        return "governance/activities";
    }

    @PostMapping("/data-protection/activities/adopt")
    String adopt(@RequestParam(defaultValue = "") String template, RedirectAttributes redirect) {
        try {
            ProcessingActivityId id = activities.adopt(template);
            redirect.addFlashAttribute(
                    "notice", "Adopted \u201c" + activities.get(id).details().name() + "\u201d as a draft");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/data-protection/activities";
    }

    @GetMapping("/data-protection/activities/new")
    String newActivity(Model model) {
        return form(model, new Form().put("lawfulBasis", LawfulBasis.PUBLIC_TASK.name()), null);
    }

    @PostMapping("/data-protection/activities/new")
    String create(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(form, null, () -> activities.create(ActivityForm.details(form)), model, redirect, response);
    }

    @GetMapping("/data-protection/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("activity", activities.get(new ProcessingActivityId(id)));
        return "governance/activity";
    }

    @GetMapping("/data-protection/activities/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ProcessingActivity activity = activities.get(new ProcessingActivityId(id));
        return form(model, ActivityForm.of(activity.details()), activity);
    }

    @PostMapping("/data-protection/activities/{id}/edit")
    String update(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProcessingActivityId activityId = new ProcessingActivityId(id);
        ProcessingActivity activity = activities.get(activityId);
        return save(
                form,
                activity,
                () -> {
                    activities.update(activityId, ActivityForm.details(form));
                    return activityId;
                },
                model,
                redirect,
                response);
    }

    @PostMapping("/data-protection/activities/{id}/go-live")
    String goLive(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProcessingActivityId activityId = new ProcessingActivityId(id);
        try {
            activities.goLive(activityId);
            redirect.addFlashAttribute("notice", "The activity is live");
            return "redirect:/data-protection/activities/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("activity", activities.get(activityId));
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "governance/activity";
        }
    }

    @PostMapping("/data-protection/activities/{id}/draft")
    String returnToDraft(@PathVariable UUID id, RedirectAttributes redirect) {
        activities.returnToDraft(new ProcessingActivityId(id));
        redirect.addFlashAttribute("notice", "The activity is back in draft");
        return "redirect:/data-protection/activities/" + id;
    }

    private String save(
            Form form,
            ProcessingActivity activity,
            Supplier<ProcessingActivityId> save,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> "/data-protection/activities/" + save.get(),
                "Processing activity saved",
                () -> form(model, form, activity),
                model,
                redirect,
                response);
    }

    private String form(Model model, Form form, ProcessingActivity activity) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("lawfulBases", LawfulBasis.values());
        model.addAttribute("art9Conditions", Art9Condition.values());
        model.addAttribute("art10Conditions", Art10Condition.values());
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("dpias", dpias.all());
        return FORM;
    }
}
