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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        Forms.empty(model);
        return withChoices(model);
    }

    @PostMapping("/data-protection/sharing-agreements/new")
    String record(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        withChoices(model);
        return Forms.submit(
                () -> "/data-protection/sharing-agreements/"
                        + agreements.record(new NewSharingAgreement(
                                Forms.choice(form, "type", AgreementType.class),
                                form.getFirst("title"),
                                Forms.uuids(form, "parties"),
                                form.getFirst("purpose"),
                                form.getFirst("dataShared"),
                                Forms.choice(form, "lawfulBasis", LawfulBasis.class),
                                Forms.date(form, "startsOn", "The start date"),
                                Forms.date(form, "reviewOn", "The review date"),
                                Forms.date(form, "endsOn", "The end date"),
                                "true".equals(form.getFirst("highRisk")),
                                dpiaReference(form))),
                "Sharing agreement recorded",
                "governance/agreement-new",
                form,
                model,
                redirect,
                response);
    }

    @GetMapping("/data-protection/sharing-agreements/{id}")
    String view(@PathVariable UUID id, Model model) {
        Forms.empty(model);
        model.addAttribute("agreement", agreements.get(new SharingAgreementId(id)));
        return "governance/agreement";
    }

    @PostMapping("/data-protection/sharing-agreements/{id}/signature")
    String sign(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SharingAgreementId agreement = new SharingAgreementId(id);
        model.addAttribute("agreement", agreements.get(agreement));
        return Forms.submit(
                () -> {
                    agreements.sign(
                            agreement, Forms.date(form, "signedOn", "The date signed"), form.getFirst("signedBy"));
                    return "/data-protection/sharing-agreements/" + id;
                },
                "Signing recorded",
                "governance/agreement",
                form,
                model,
                redirect,
                response);
    }

    /** The DPIA's identifier, if one was entered; one that is not an identifier is an error, not nothing. */
    private static java.util.UUID dpiaReference(MultiValueMap<String, String> form) {
        String entered = form.getFirst("dpia");
        java.util.UUID id = Forms.uuid(entered);
        if (id == null && entered != null && !entered.isBlank()) {
            throw new org.custodia.shared.InvalidInput(
                    "dpia", "Enter the identifier of the DPIA exactly as the DPIA register shows it");
        }
        return id;
    }

    private String withChoices(Model model) {
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("dpias", dpias.all());
        return "governance/agreement-new";
    }
}
