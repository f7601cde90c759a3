package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.PepMeeting;
import org.custodia.casework.Placement;
import org.custodia.casework.PlacementType;
import org.custodia.casework.Visit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a looked-after child's placements, statutory visits and PEP meetings. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class LookedAfterPages {

    private static final CaseType TYPE = CaseType.LOOKED_AFTER_CHILD;

    private final LookedAfterChildren lookedAfter;
    private final RecordForms forms;

    LookedAfterPages(LookedAfterChildren lookedAfter, RecordForms forms) {
        this.lookedAfter = lookedAfter;
        this.forms = forms;
    }

    @ModelAttribute("placementTypes")
    PlacementType[] placementTypes() {
        return PlacementType.values();
    }

    @GetMapping("/cases/{id}/visits/new")
    String newVisit(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/visit-new", model);
    }

    @PostMapping("/cases/{id}/visits/new")
    String recordVisit(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> lookedAfter.recordVisit(
                new CaseId(id),
                new Visit(
                        null,
                        RecordForms.date(form, "visitedOn", "Date of the visit"),
                        form.get("visitor"),
                        form.get("location"),
                        "true".equals(form.get("seenAlone")),
                        form.get("summary"),
                        false,
                        null));
        return forms.submit(
                id, "casework/visit-new", form, record, "Visit recorded", "visits", model, redirect, response);
    }

    @GetMapping("/cases/{id}/placements/new")
    String newPlacement(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/placement-new", model);
    }

    @PostMapping("/cases/{id}/placements/new")
    String recordPlacement(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> lookedAfter.recordPlacement(
                new CaseId(id),
                new Placement(
                        null,
                        RecordForms.choice(form, "type", PlacementType.class),
                        RecordForms.date(form, "startedOn", "The date the placement started"),
                        RecordForms.date(form, "endedOn", "The date the placement ended"),
                        null));
        return forms.submit(
                id,
                "casework/placement-new",
                form,
                record,
                "Placement recorded",
                "placements",
                model,
                redirect,
                response);
    }

    @GetMapping("/cases/{id}/pep-meetings/new")
    String newPepMeeting(@PathVariable UUID id, Model model) {
        return forms.show(id, TYPE, "casework/pep-meeting-new", model);
    }

    @PostMapping("/cases/{id}/pep-meetings/new")
    String recordPepMeeting(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Runnable record = () -> lookedAfter.recordPepMeeting(
                new CaseId(id),
                new PepMeeting(
                        null,
                        RecordForms.date(form, "heldOn", "The date of the meeting"),
                        form.get("attendees"),
                        form.get("notes"),
                        false,
                        null));
        return forms.submit(
                id,
                "casework/pep-meeting-new",
                form,
                record,
                "PEP meeting recorded",
                "pep-meetings",
                model,
                redirect,
                response);
    }
}
