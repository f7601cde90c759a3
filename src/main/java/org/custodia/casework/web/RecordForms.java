package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.CaseView;
import org.custodia.casework.Cases;
import org.custodia.platform.Form;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey every "record a ..." page of a case follows: show the form, then either record and go
 * back to the case's section, or show the form again with what was entered and what to fix.
 */
@Component
class RecordForms {

    private final Cases cases;

    RecordForms(Cases cases) {
        this.cases = cases;
    }

    /** The empty form; a record the case's type does not keep has no form (404). */
    String show(UUID id, CaseType type, String template, Model model) {
        CaseView view = cases.view(new CaseId(id), "recording");
        if (view.type() != type) {
            throw new NotFound("Page");
        }
        model.addAttribute("case", view);
        model.addAttribute("form", Map.of());
        return template;
    }

    String submit(
            UUID id,
            String template,
            Map<String, String> form,
            Runnable record,
            String notice,
            String section,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            record.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + id + "#" + section;
        } catch (InvalidInput e) {
            model.addAttribute("case", cases.view(new CaseId(id), "recording"));
            model.addAttribute("form", form);
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return template;
        }
    }

    /** The option chosen, or null when none (or one that does not exist) was. */
    static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type) {
        return Form.of(form).choice(field, type);
    }

    /** A date input whose boxes are {@code <field>Day}, {@code Month}, {@code Year}; not a real date stops here. */
    static LocalDate date(Map<String, String> form, String field, String label) {
        return date(field, label, form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"));
    }

    /** The three boxes of a date input, for the error of {@code field}; not a real date stops here. */
    static LocalDate date(String field, String label, String day, String month, String year) {
        Form read = new Form();
        LocalDate date = read.date(field, label, "27 3 2015", day, month, year);
        read.check();
        return date;
    }
}
