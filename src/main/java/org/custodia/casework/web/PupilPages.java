package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.Enrolment;
import org.custodia.casework.Pupils;
import org.custodia.casework.SenStatus;
import org.custodia.casework.SensitiveDataGrantRequired;
import org.custodia.casework.YearGroup;
import org.custodia.identity.SensitiveDataAccess;
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

/** Recording a pupil's enrolments, the dates they left, and their special educational needs status. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class PupilPages {

    private static final CaseType TYPE = CaseType.PUPIL;

    private final Pupils pupils;
    private final SensitiveDataAccess grants;
    private final RecordForms forms;

    PupilPages(Pupils pupils, SensitiveDataAccess grants, RecordForms forms) {
        this.pupils = pupils;
        this.grants = grants;
        this.forms = forms;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("yearGroups", YearGroup.values());
        model.addAttribute("senOptions", SenStatus.values());
    }

    @GetMapping("/cases/{id}/enrolments/new")
    String newEnrolment(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/enrolment-new", model);
    }

    @PostMapping("/cases/{id}/enrolments/new")
    String recordEnrolment(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> pupils.recordEnrolment(
                new CaseId(id),
                new Enrolment(
                        null,
                        form.get("school"),
                        RecordForms.choice(form, "yearGroup", YearGroup.class),
                        RecordForms.date(form, "admittedOn", "The date the pupil was admitted"),
                        RecordForms.date(form, "leftOn", "The date the pupil left"),
                        null));
        return forms.submit(
                id,
                "casework/enrolment-new",
                form,
                record,
                "Enrolment recorded",
                "enrolments",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/enrolments/{enrolment}/leaving")
    String newLeaving(@PathVariable UUID id, @PathVariable UUID enrolment, Model model) {
        model.addAttribute("enrolment", enrolment(id, enrolment));
        return forms.show(id, TYPE, "casework/enrolment-leaving", model);
    }

    @PostMapping("/cases/{id}/enrolments/{enrolment}/leaving")
    String recordLeaving(
            @PathVariable UUID id,
            @PathVariable UUID enrolment,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("enrolment", enrolment(id, enrolment));
        Runnable record = () -> pupils.recordLeaving(
                new CaseId(id), enrolment, RecordForms.date(form, "leftOn", "The date the pupil left"));
        return forms.submit(
                id,
                "casework/enrolment-leaving",
                form,
                record,
                "Leaving date recorded",
                "enrolments",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/sen-status/new")
    String newSenStatus(@PathVariable UUID id, Model model) {
        // Access to the case first, so another organisation's case is "not found" whatever one's grant.
        String view = forms.show(id, TYPE, "casework/sen-status-new", model);
        if (!grants.currentActorIsGranted()) {
            throw new SensitiveDataGrantRequired();
        }
        return view;
    }

    @PostMapping("/cases/{id}/sen-status/new")
    String recordSenStatus(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> pupils.recordSenStatus(
                new CaseId(id),
                RecordForms.choice(form, "status", SenStatus.class),
                RecordForms.date(form, "effectiveFrom", "The date the status applies from"));
        return forms.submit(
                id,
                "casework/sen-status-new",
                form,
                record,
                "Special educational needs status recorded",
                "sen-status",
                model,
                redirect,
                response);
    }

    private Enrolment enrolment(UUID id, UUID enrolment) {
        return pupils.enrolments(new CaseId(id)).stream()
                .filter(e -> e.id().equals(enrolment))
                .findFirst()
                .orElseThrow(() -> new NotFound("Enrolment"));
    }
}
