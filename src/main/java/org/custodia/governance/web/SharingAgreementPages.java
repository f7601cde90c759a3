package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.governance.AgreementType;
import org.custodia.governance.Dpias;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.NewSharingAgreement;
import org.custodia.governance.Recipients;
import org.custodia.governance.SharingAgreementId;
import org.custodia.governance.SharingAgreements;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sharing agreements: the list with each one's status, recording one, and recording its signing. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class SharingAgreementPages {

    private final SharingAgreements agreements;
    private final Recipients recipients;
    private final Dpias dpias;

    SharingAgreementPages(SharingAgreements agreements, Recipients recipients, Dpias dpias) {
        this.dpias = dpias;
        this.agreements = agreements;
        this.recipients = recipients;
    }

    @GetMapping("/data-protection/sharing-agreements")
    String list(Model model) {
        model.addAttribute("agreements", agreements.all());
        return "governance/agreements";
    }

    @GetMapping("/data-protection/sharing-agreements/new")
    String form(Model model) {
        model.addAttribute("form", new Form());
        return withChoices(model);
    }

    @PostMapping("/data-protection/sharing-agreements/new")
    String record(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        withChoices(model);
        return FormPage.submit(
                form,
                () -> {
                    var agreement = new NewSharingAgreement(
                            form.choice("type", AgreementType.class),
                            form.get("title"),
                            form.ids("parties"),
                            form.get("purpose"),
                            form.get("dataShared"),
                            form.choice("lawfulBasis", LawfulBasis.class),
                            form.date("startsOn", "The start date"),
                            form.date("reviewOn", "The review date"),
                            form.date("endsOn", "The end date"),
                            "true".equals(form.get("highRisk")),
                            dpiaReference(form));
                    form.check();
                    return "/data-protection/sharing-agreements/" + agreements.record(agreement);
                },
                "Sharing agreement recorded",
                () -> "governance/agreement-new",
                model,
                redirect,
                response);
    }

    @GetMapping("/data-protection/sharing-agreements/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new Form());
        model.addAttribute("agreement", agreements.get(new SharingAgreementId(id)));
        return "governance/agreement";
    }

    @PostMapping("/data-protection/sharing-agreements/{id}/signature")
    String sign(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SharingAgreementId agreement = new SharingAgreementId(id);
        model.addAttribute("agreement", agreements.get(agreement));
        return FormPage.submit(
                form,
                () -> {
                    var signedOn = form.date("signedOn", "The date signed");
                    form.check();
                    agreements.sign(agreement, signedOn, form.get("signedBy"));
                    return "/data-protection/sharing-agreements/" + id;
                },
                "Signing recorded",
                () -> "governance/agreement",
                model,
                redirect,
                response);
    }

    /** The DPIA's identifier, if one was entered; one that is not an identifier is an error, not nothing. */
    private static UUID dpiaReference(Form form) {
        return form.id("dpia", "Enter the identifier of the DPIA exactly as the DPIA register shows it");
    }

    private String withChoices(Model model) {
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("dpias", dpias.all());
        return "governance/agreement-new";
    }
}
