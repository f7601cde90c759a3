package org.custodia.breaches.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey of every breach form, as {@link FormPage}'s, with the choices the breach forms offer:
 * show it, then either act and go on to the breach's page, or show the form again with what to fix.
 */
final class FormPages {

    private FormPages() {}

    static String show(Model model, String template) {
        return show(model, template, new Form());
    }

    static String show(Model model, String template, Form form) {
        model.addAttribute("options", new FormOptions());
        return FormPage.show(form, model, () -> template);
    }

    /** Runs the action, which returns where to go next; on a rule broken, the form again (400). */
    static String submit(
            String template,
            Form form,
            Supplier<String> action,
            String notice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("options", new FormOptions());
        return FormPage.submit(form, action, notice, () -> template, model, redirect, response);
    }
}
