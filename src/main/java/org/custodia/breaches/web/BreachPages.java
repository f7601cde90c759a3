package org.custodia.breaches.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.BreachView;
import org.custodia.breaches.Breaches;
import org.custodia.identity.AccessReportId;
import org.custodia.platform.Form;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's breach register: the list, recording a breach, its page, its details, closing it. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class BreachPages {

    private final Breaches breaches;

    BreachPages(Breaches breaches) {
        this.breaches = breaches;
    }

    @GetMapping("/breaches")
    String list(Model model) {
        model.addAttribute("breaches", breaches.list());
        model.addAttribute("accessReports", breaches.unrecordedAccessReports());
        return "breaches/list";
    }

    @GetMapping("/breaches/new")
    String newBreach(Model model) {
        return FormPages.show(model, "breaches/new");
    }

    @PostMapping("/breaches/new")
    String record(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPages.submit(
                "breaches/new",
                form,
                () -> "/breaches/" + breaches.record(BreachForm.read(form)),
                "Breach recorded",
                model,
                redirect,
                response);
    }

    @GetMapping("/breaches/{id}")
    String breach(@PathVariable UUID id, Model model) {
        model.addAttribute("breach", breaches.view(new BreachId(id)));
        model.addAttribute("options", new FormOptions());
        return "breaches/breach";
    }

    @GetMapping("/breaches/{id}/details")
    String details(@PathVariable UUID id, Model model) {
        BreachView breach = breaches.view(new BreachId(id));
        model.addAttribute("breach", breach);
        return FormPages.show(model, "breaches/details", BreachForm.of(breach));
    }

    @PostMapping("/breaches/{id}/details")
    String changeDetails(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("breach", breaches.view(new BreachId(id)));
        return FormPages.submit(
                "breaches/details",
                form,
                () -> {
                    breaches.changeDetails(new BreachId(id), BreachForm.read(form));
                    return "/breaches/" + id;
                },
                "Details changed",
                model,
                redirect,
                response);
    }

    @GetMapping("/breaches/{id}/close")
    String closing(@PathVariable UUID id, Model model) {
        model.addAttribute("breach", breaches.view(new BreachId(id)));
        return FormPages.show(model, "breaches/close");
    }

    @PostMapping("/breaches/{id}/close")
    String close(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("breach", breaches.view(new BreachId(id)));
        return FormPages.submit(
                "breaches/close",
                form,
                () -> {
                    breaches.close(new BreachId(id), form.text("summary"));
                    return "/breaches/" + id;
                },
                "Breach closed",
                model,
                redirect,
                response);
    }

    /** One step from a report of unexpected administrator access to a breach record. */
    @PostMapping("/breaches/from-access-report/{reportId}")
    String fromAccessReport(
            @PathVariable UUID reportId, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            BreachId id = breaches.fromAccessReport(new AccessReportId(reportId));
            redirect.addFlashAttribute(
                    "notice", "Breach recorded from the report. Complete what data and people were involved");
            return "redirect:/breaches/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return list(model);
        }
    }
}
