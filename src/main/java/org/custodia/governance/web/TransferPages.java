package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.governance.NewTransfer;
import org.custodia.governance.Recipients;
import org.custodia.governance.TransferException;
import org.custodia.governance.TransferId;
import org.custodia.governance.TransferSafeguard;
import org.custodia.governance.Transfers;
import org.custodia.governance.internal.Countries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** International transfers and the UK adequacy list they are checked against. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class TransferPages {

    private final Transfers transfers;
    private final Recipients recipients;

    TransferPages(Transfers transfers, Recipients recipients) {
        this.transfers = transfers;
        this.recipients = recipients;
    }

    @GetMapping("/data-protection/transfers")
    String list(Model model) {
        model.addAttribute("transfers", transfers.all());
        model.addAttribute("adequacy", transfers.adequacyList());
        return "governance/transfers";
    }

    @GetMapping("/data-protection/transfers/new")
    String form(Model model) {
        Forms.empty(model);
        return withChoices(model);
    }

    @PostMapping("/data-protection/transfers/new")
    String record(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        withChoices(model);
        return Forms.submit(
                () -> "/data-protection/transfers/"
                        + transfers.record(new NewTransfer(
                                Forms.uuid(form, "recipient"),
                                form.getFirst("country"),
                                Forms.uuid(form, "activity"),
                                form.getFirst("dataTransferred"),
                                "true".equals(form.getFirst("partialCoverageConfirmed")),
                                Forms.choice(form, "safeguard", TransferSafeguard.class),
                                Forms.date(form, "safeguardSignedOn", "The date the contract was signed"),
                                Forms.choice(form, "exception", TransferException.class),
                                form.getFirst("exceptionJustification"),
                                Forms.date(form, "riskAssessedOn", "The date of the risk assessment"),
                                form.getFirst("riskAssessmentConclusion"))),
                "Transfer recorded",
                "governance/transfer-new",
                form,
                model,
                redirect,
                response);
    }

    @GetMapping("/data-protection/transfers/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("transfer", transfers.get(new TransferId(id)));
        return "governance/transfer";
    }

    private String withChoices(Model model) {
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("countries", Countries.abroad());
        model.addAttribute("safeguards", TransferSafeguard.values());
        model.addAttribute("exceptions", TransferException.values());
        return "governance/transfer-new";
    }
}
