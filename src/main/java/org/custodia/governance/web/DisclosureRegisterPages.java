package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.Disclosures;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's register of disclosures and the closing of each "tell the person" task. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DisclosureRegisterPages {

    private final Disclosures disclosures;

    DisclosureRegisterPages(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/data-protection/disclosures")
    String register(@RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("disclosures", disclosures.register(open));
        return "governance/disclosures";
    }

    @GetMapping("/data-protection/disclosures/{id}/follow-up")
    String followUp(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new Form());
        model.addAttribute("disclosure", disclosures.get(new DisclosureId(id)));
        return "governance/follow-up";
    }

    @PostMapping("/data-protection/disclosures/{id}/follow-up")
    String close(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        DisclosureId disclosure = new DisclosureId(id);
        model.addAttribute("disclosure", disclosures.get(disclosure));
        return FormPage.submit(
                form,
                () -> {
                    boolean told = !"NOT_TOLD".equals(form.get("outcome"));
                    var toldOn = told ? form.date("toldOn", "The date told") : null;
                    form.check();
                    disclosures.closeFollowUp(disclosure, toldOn, told ? null : form.get("notToldReason"));
                    return "/data-protection/disclosures?open=true";
                },
                "Task closed",
                () -> "governance/follow-up",
                model,
                redirect,
                response);
    }
}
