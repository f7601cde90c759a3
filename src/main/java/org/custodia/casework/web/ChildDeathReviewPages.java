package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.ChildDeathAnalyses;
import org.custodia.casework.ChildDeathReviews;
import org.custodia.casework.DeathAnalysis;
import org.custodia.casework.DeathCategory;
import org.custodia.casework.DeathNotification;
import org.custodia.casework.InvolvedAgency;
import org.custodia.casework.ModifiableFactors;
import org.custodia.casework.NcmdStatus;
import org.custodia.casework.NcmdSubmission;
import org.custodia.casework.PlaceOfDeath;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a child death review: notification, agencies and their forms, analysis, NCMD submission. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class ChildDeathReviewPages {

    private static final CaseType TYPE = CaseType.CHILD_DEATH_REVIEW;

    private final ChildDeathReviews reviews;
    private final ChildDeathAnalyses analyses;
    private final RecordForms forms;

    ChildDeathReviewPages(ChildDeathReviews reviews, ChildDeathAnalyses analyses, RecordForms forms) {
        this.reviews = reviews;
        this.analyses = analyses;
        this.forms = forms;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("places", PlaceOfDeath.values());
        model.addAttribute("categories", DeathCategory.values());
        model.addAttribute("factorOptions", ModifiableFactors.values());
        model.addAttribute(
                "ncmdStatuses",
                new NcmdStatus[] {NcmdStatus.SUBMITTED, NcmdStatus.ACCEPTED, NcmdStatus.RETURNED_FOR_CORRECTION});
    }

    @GetMapping("/cases/{id}/death-notification/new")
    String newNotification(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/death-notification-new", model);
    }

    @PostMapping("/cases/{id}/death-notification/new")
    String recordNotification(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> reviews.recordNotification(
                new CaseId(id),
                new DeathNotification(
                        RecordForms.date(form, "notifiedOn", "The date of the notification"),
                        RecordForms.date(form, "dateOfDeath", "The date of death"),
                        RecordForms.choice(form, "placeOfDeath", PlaceOfDeath.class),
                        form.get("circumstances"),
                        false,
                        null));
        return forms.submit(
                id,
                "casework/death-notification-new",
                form,
                record,
                "Notification recorded",
                "notification",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/agencies/new")
    String newAgency(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/agency-new", model);
    }

    @PostMapping("/cases/{id}/agencies/new")
    String addAgency(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> reviews.addAgency(new CaseId(id), form.get("name"));
        return forms.submit(
                id, "casework/agency-new", form, record, "Agency added", "agencies", model, redirect, response);
    }

    @GetMapping("/cases/{id}/agencies/{agency}/reports/new")
    String newReport(@PathVariable UUID id, @PathVariable UUID agency, Model model) {
        model.addAttribute("agency", agency(id, agency));
        return forms.show(id, TYPE, "casework/agency-report-new", model);
    }

    @PostMapping("/cases/{id}/agencies/{agency}/reports/new")
    String recordReport(
            @PathVariable UUID id,
            @PathVariable UUID agency,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("agency", agency(id, agency));
        Runnable record = () -> reviews.recordAgencyReport(
                new CaseId(id),
                agency,
                new InvolvedAgency.Report(
                        null,
                        RecordForms.date(form, "submittedOn", "The date the form was submitted"),
                        form.get("content"),
                        false,
                        null));
        return forms.submit(
                id,
                "casework/agency-report-new",
                form,
                record,
                "Reporting form recorded",
                "agencies",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/death-analysis/new")
    String newAnalysis(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/death-analysis-new", model);
    }

    @PostMapping("/cases/{id}/death-analysis/new")
    String recordAnalysis(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> analyses.recordAnalysis(
                new CaseId(id),
                new DeathAnalysis(
                        RecordForms.date(form, "reviewedOn", "The date of the panel's review"),
                        RecordForms.choice(form, "category", DeathCategory.class),
                        RecordForms.choice(form, "modifiableFactors", ModifiableFactors.class),
                        form.get("learningPoints"),
                        false,
                        null));
        return forms.submit(
                id,
                "casework/death-analysis-new",
                form,
                record,
                "Analysis recorded",
                "analysis",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/ncmd-submission/new")
    String newSubmission(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/ncmd-submission-new", model);
    }

    @PostMapping("/cases/{id}/ncmd-submission/new")
    String recordSubmission(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> analyses.recordSubmission(
                new CaseId(id),
                new NcmdSubmission.Change(
                        RecordForms.choice(form, "status", NcmdStatus.class),
                        RecordForms.date(form, "on", "The date")));
        return forms.submit(
                id,
                "casework/ncmd-submission-new",
                form,
                record,
                "Submission status recorded",
                "ncmd",
                model,
                redirect,
                response);
    }

    private InvolvedAgency agency(UUID id, UUID agency) {
        return reviews.review(new CaseId(id)).agencies().stream()
                .filter(a -> a.id().equals(agency))
                .findFirst()
                .orElseThrow(() -> new NotFound("Agency"));
    }
}
