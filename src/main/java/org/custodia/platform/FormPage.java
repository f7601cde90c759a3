package org.custodia.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.custodia.shared.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey of every form page: act and go on with a notice, or show the page again (400) with what
 * was entered ({@code form}) and a GOV.UK error summary ({@code errors}, field to message) of what to
 * fix, as {@code fragments/forms.html} renders them.
 */
public final class FormPage {

    private FormPage() {}

    /** Puts the form in the model and renders the page. */
    public static String show(Form form, Model model, Supplier<String> page) {
        model.addAttribute("form", form);
        return page.get();
    }

    /**
     * Runs the action, which returns the path to go on to; a null notice shows none. On bad input,
     * {@code again} renders the page with the fields that could not be read, then the rules broken.
     */
    public static String submit(
            Form form,
            Supplier<String> action,
            String notice,
            Supplier<String> again,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            String next = action.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
            return "redirect:" + next;
        } catch (InvalidInput e) {
            model.addAttribute("errors", form.errorsWith(e));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(form, model, again);
        }
    }
}
