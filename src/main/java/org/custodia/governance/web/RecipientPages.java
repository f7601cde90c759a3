package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.governance.NewRecipient;
import org.custodia.governance.RecipientId;
import org.custodia.governance.RecipientKind;
import org.custodia.governance.Recipients;
import org.custodia.governance.internal.Countries;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's register of recipients, processors and sub-processors. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RecipientPages {

    private final Recipients recipients;

    RecipientPages(Recipients recipients) {
        this.recipients = recipients;
    }

    @GetMapping("/data-protection/recipients")
    String list(Model model) {
        model.addAttribute("recipients", recipients.all());
        return "governance/recipients";
    }

    @GetMapping("/data-protection/recipients/new")
    String form(Model model) {
        model.addAttribute("form", new Form());
        return withChoices(model);
    }

    @PostMapping("/data-protection/recipients/new")
    String add(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        withChoices(model);
        return FormPage.submit(
                form,
                () -> {
                    var recipient = new NewRecipient(
                            form.get("name"),
                            form.choice("kind", RecipientKind.class),
                            form.get("contact"),
                            form.id("processorOf"),
                            form.get("service"),
                            form.all("processingCountries"),
                            form.date("contractSignedOn", "The date of the processing contract"));
                    form.check();
                    RecipientId id = recipients.add(recipient);
                    return "/data-protection/recipients/" + id;
                },
                "Recipient added",
                () -> "governance/recipient-new",
                model,
                redirect,
                response);
    }

    @GetMapping("/data-protection/recipients/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("recipient", recipients.get(new RecipientId(id)));
        model.addAttribute("subProcessors", recipients.subProcessorsOf(new RecipientId(id)));
        return "governance/recipient";
    }

    private String withChoices(Model model) {
        model.addAttribute("kinds", RecipientKind.values());
        model.addAttribute("countries", Countries.all());
        model.addAttribute(
                "processors",
                recipients.all().stream()
                        .filter(r -> r.kind() == RecipientKind.PROCESSOR)
                        .toList());
        return "governance/recipient-new";
    }
}
