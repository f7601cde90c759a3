package org.custodia.breaches.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.custodia.shared.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey of every breach form: show it, then either act and go on to the breach's page, or show
 * the form again with what was entered and a GOV.UK error summary of what to fix.
 */
final class FormPages {

    private FormPages() {}

    static String show(Model model, String template) {
        return show(model, template, new LinkedMultiValueMap<>());
    }

    static String show(Model model, String template, MultiValueMap<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("options", new FormOptions());
        return template;
    }

    /** Runs the action, which returns where to go next; on a rule broken, the form again (400). */
    static String submit(
            String template,
            MultiValueMap<String, String> form,
            Supplier<String> action,
            String notice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            String next = action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + next;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, template, form);
        }
    }
}
