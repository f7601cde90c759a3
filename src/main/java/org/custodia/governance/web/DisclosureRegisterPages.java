package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.Disclosures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
        Forms.empty(model);
        model.addAttribute("disclosure", disclosures.get(new DisclosureId(id)));
        return "governance/follow-up";
    }

    @PostMapping("/data-protection/disclosures/{id}/follow-up")
    String close(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        DisclosureId disclosure = new DisclosureId(id);
        model.addAttribute("disclosure", disclosures.get(disclosure));
        return Forms.submit(
                () -> {
                    boolean told = !"NOT_TOLD".equals(form.getFirst("outcome"));
                    disclosures.closeFollowUp(
                            disclosure,
                            told ? Forms.date(form, "toldOn", "The date told") : null,
                            told ? null : form.getFirst("notToldReason"));
                    return "/data-protection/disclosures?open=true";
                },
                "Task closed",
                "governance/follow-up",
                form,
                model,
                redirect,
                response);
    }
}
