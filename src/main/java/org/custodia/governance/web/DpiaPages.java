package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.custodia.governance.Dpia;
import org.custodia.governance.DpiaDraft;
import org.custodia.governance.DpiaId;
import org.custodia.governance.DpiaRisk;
import org.custodia.governance.Dpias;
import org.custodia.governance.Likelihood;
import org.custodia.governance.MeasureEffect;
import org.custodia.governance.RiskLevel;
import org.custodia.governance.ScreeningCriterion;
import org.custodia.governance.Severity;
import org.custodia.governance.SignOff;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** DPIAs for the data protection officer: screening, risks and measures, sign-off. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DpiaPages {

    private final Dpias dpias;

    DpiaPages(Dpias dpias) {
        this.dpias = dpias;
    }

    @GetMapping("/data-protection/dpias")
    String list(Model model) {
        model.addAttribute("dpias", dpias.all());
        return "governance/dpias";
    }

    @GetMapping("/data-protection/dpias/new")
    String newDpia(Model model) {
        return draftForm(model, Map.of(), null);
    }

    @PostMapping("/data-protection/dpias/new")
    String create(
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, Object> form = FormValues.of(posted, "screening");
        try {
            DpiaId id = dpias.create(draft(form));
            redirect.addFlashAttribute("notice", "DPIA saved as a draft");
            return "redirect:/data-protection/dpias/" + id;
        } catch (InvalidInput e) {
            return invalid(e, response, model, () -> draftForm(model, form, null));
        }
    }

    @GetMapping("/data-protection/dpias/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("dpia", dpias.get(new DpiaId(id)));
        return "governance/dpia";
    }

    @GetMapping("/data-protection/dpias/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Dpia dpia = dpias.get(new DpiaId(id));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", dpia.title());
        form.put("screening", FormValues.names(dpia.screening()));
        form.put("processingDescription", dpia.processingDescription());
        form.put("necessity", dpia.necessity());
        return draftForm(model, form, dpia);
    }

    @PostMapping("/data-protection/dpias/{id}/edit")
    String update(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
        Map<String, Object> form = FormValues.of(posted, "screening");
        try {
            dpias.update(dpia.id(), draft(form));
            redirect.addFlashAttribute("notice", notice("DPIA saved", dpia));
            return "redirect:/data-protection/dpias/" + id;
        } catch (InvalidInput e) {
            return invalid(e, response, model, () -> draftForm(model, form, dpia));
        }
    }

    @GetMapping("/data-protection/dpias/{id}/risks/new")
    String newRisk(@PathVariable UUID id, Model model) {
        return riskForm(model, Map.of(), dpias.get(new DpiaId(id)));
    }

    @PostMapping("/data-protection/dpias/{id}/risks/new")
    String addRisk(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
        Map<String, Object> form = FormValues.of(posted);
        String measure = FormValues.text(form, "measure");
        try {
            dpias.addRisk(
                    dpia.id(),
                    new DpiaRisk(
                            null,
                            FormValues.text(form, "description"),
                            FormValues.choice(form, "likelihood", Likelihood.class),
                            FormValues.choice(form, "severity", Severity.class),
                            measure == null || measure.isBlank() ? null : measure,
                            FormValues.choice(form, "effect", MeasureEffect.class),
                            FormValues.choice(form, "residualRisk", RiskLevel.class)));
            redirect.addFlashAttribute("notice", notice("Risk added", dpia));
            return "redirect:/data-protection/dpias/" + id + "#risks";
        } catch (InvalidInput e) {
            return invalid(e, response, model, () -> riskForm(model, form, dpia));
        }
    }

    @PostMapping("/data-protection/dpias/{id}/risks/{risk}/remove")
    String removeRisk(@PathVariable UUID id, @PathVariable UUID risk, RedirectAttributes redirect) {
        Dpia dpia = dpias.get(new DpiaId(id));
        dpias.removeRisk(dpia.id(), risk);
        redirect.addFlashAttribute("notice", notice("Risk removed", dpia));
        return "redirect:/data-protection/dpias/" + id + "#risks";
    }

    @GetMapping("/data-protection/dpias/{id}/sign-off")
    String signOffForm(@PathVariable UUID id, Model model) {
        model.addAttribute("dpia", dpias.get(new DpiaId(id)));
        model.addAttribute("form", Map.of());
        return "governance/dpia-sign-off";
    }

    @PostMapping("/data-protection/dpias/{id}/sign-off")
    String signOff(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
        Map<String, Object> form = FormValues.of(posted);
        try {
            dpias.signOff(
                    dpia.id(),
                    new SignOff(
                            FormValues.text(form, "dpoAdvice"),
                            date(form, "reviewDue"),
                            "yes".equals(FormValues.text(form, "icoConsulted"))));
            redirect.addFlashAttribute("notice", "DPIA signed off");
            return "redirect:/data-protection/dpias/" + id;
        } catch (InvalidInput e) {
            return invalid(e, response, model, () -> {
                model.addAttribute("dpia", dpia);
                model.addAttribute("form", form);
                return "governance/dpia-sign-off";
            });
        }
    }

    private String draftForm(Model model, Map<String, Object> form, Dpia dpia) {
        model.addAttribute("form", form);
        model.addAttribute("dpia", dpia);
        model.addAttribute("criteria", ScreeningCriterion.values());
        return "governance/dpia-form";
    }

    private String riskForm(Model model, Map<String, Object> form, Dpia dpia) {
        model.addAttribute("form", form);
        model.addAttribute("dpia", dpia);
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("effects", MeasureEffect.values());
        model.addAttribute("levels", RiskLevel.values());
        return "governance/dpia-risk-new";
    }

    private static String invalid(
            InvalidInput e, HttpServletResponse response, Model model, java.util.function.Supplier<String> page) {
        model.addAttribute("errors", e.errors());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page.get();
    }

    private static String notice(String done, Dpia before) {
        return before.status().name().equals("SIGNED_OFF")
                ? done + ". The DPIA has changed, so it is back in draft and needs signing off again"
                : done;
    }

    private static DpiaDraft draft(Map<String, Object> form) {
        return new DpiaDraft(
                FormValues.text(form, "title"),
                FormValues.checked(form, "screening", ScreeningCriterion.class),
                FormValues.text(form, "processingDescription"),
                FormValues.text(form, "necessity"));
    }

    private static LocalDate date(Map<String, Object> form, String name) {
        String day = FormValues.text(form, name + "Day");
        String month = FormValues.text(form, name + "Month");
        String year = FormValues.text(form, name + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new InvalidInput(name, "The review date must be a real date, for example 27 3 2027");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
