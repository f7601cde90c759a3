package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.custodia.platform.Form;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        return draftForm(model, new Form(), null);
    }

    @PostMapping("/data-protection/dpias/new")
    String create(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
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
        Form form = new Form()
                .put("title", dpia.title())
                .putAll("screening", dpia.screening())
                .put("processingDescription", dpia.processingDescription())
                .put("necessity", dpia.necessity());
        return draftForm(model, form, dpia);
    }

    @PostMapping("/data-protection/dpias/{id}/edit")
    String update(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
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
        return riskForm(model, new Form(), dpias.get(new DpiaId(id)));
    }

    @PostMapping("/data-protection/dpias/{id}/risks/new")
    String addRisk(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
        String measure = form.get("measure");
        try {
            dpias.addRisk(
                    dpia.id(),
                    new DpiaRisk(
                            null,
                            form.get("description"),
                            form.choice("likelihood", Likelihood.class),
                            form.choice("severity", Severity.class),
                            measure == null || measure.isBlank() ? null : measure,
                            form.choice("effect", MeasureEffect.class),
                            form.choice("residualRisk", RiskLevel.class)));
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
        model.addAttribute("form", new Form());
        return "governance/dpia-sign-off";
    }

    @PostMapping("/data-protection/dpias/{id}/sign-off")
    String signOff(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Dpia dpia = dpias.get(new DpiaId(id));
        try {
            var signOff = new SignOff(
                    form.get("dpoAdvice"),
                    form.date("reviewDue", "The review date", "27 3 2027"),
                    "yes".equals(form.get("icoConsulted")));
            form.check();
            dpias.signOff(dpia.id(), signOff);
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

    private String draftForm(Model model, Form form, Dpia dpia) {
        model.addAttribute("form", form);
        model.addAttribute("dpia", dpia);
        model.addAttribute("criteria", ScreeningCriterion.values());
        return "governance/dpia-form";
    }

    private String riskForm(Model model, Form form, Dpia dpia) {
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

    private static DpiaDraft draft(Form form) {
        return new DpiaDraft(
                form.get("title"),
                form.choices("screening", ScreeningCriterion.class),
                form.get("processingDescription"),
                form.get("necessity"));
    }
}
