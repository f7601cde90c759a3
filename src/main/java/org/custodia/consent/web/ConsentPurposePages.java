package org.custodia.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.custodia.consent.ConsentPurpose;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentPurposes;
import org.custodia.consent.PurposeDetails;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data protection officer's list of consent purposes and the wording people are shown. */
@Controller
@RequestMapping("/consent-purposes")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class ConsentPurposePages {

    private final ConsentPurposes purposes;

    ConsentPurposePages(ConsentPurposes purposes) {
        this.purposes = purposes;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("purposes", purposes.all());
        return "consent/purposes";
    }

    @GetMapping("/new")
    String newPurpose(Model model) {
        model.addAttribute("form", Map.of());
        return "consent/purpose-form";
    }

    @PostMapping("/new")
    String define(
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            purposes.define(details(fields));
            redirect.addFlashAttribute("notice", "Purpose added");
            return "redirect:/consent-purposes";
        } catch (InvalidInput e) {
            model.addAttribute("form", fields);
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "consent/purpose-form";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ConsentPurpose purpose = purposes.find(new ConsentPurposeId(id));
        Map<String, String> form = new HashMap<>();
        form.put("name", purpose.name());
        form.put("wording", purpose.currentWording().text());
        form.put("processingActivity", purpose.processingActivity());
        return editing(purpose, form, null, model);
    }

    @PostMapping("/{id}")
    String revise(
            @PathVariable UUID id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ConsentPurposeId purpose = new ConsentPurposeId(id);
        try {
            purposes.revise(purpose, details(fields));
            redirect.addFlashAttribute("notice", "Purpose saved");
            return "redirect:/consent-purposes/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editing(purposes.find(purpose), fields, e.errors(), model);
        }
    }

    private String editing(ConsentPurpose purpose, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("wordings", purposes.wordings(purpose.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "consent/purpose-form";
    }

    private static PurposeDetails details(Map<String, String> fields) {
        return new PurposeDetails(fields.get("name"), fields.get("wording"), fields.get("processingActivity"));
    }
}
