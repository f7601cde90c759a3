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
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        model.addAttribute("form", new Form());
        return withChoices(model);
    }

    @PostMapping("/data-protection/transfers/new")
    String record(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        withChoices(model);
        return FormPage.submit(
                form,
                () -> {
                    var transfer = new NewTransfer(
                            form.id("recipient"),
                            form.get("country"),
                            form.id("activity"),
                            form.get("dataTransferred"),
                            "true".equals(form.get("partialCoverageConfirmed")),
                            form.choice("safeguard", TransferSafeguard.class),
                            form.date("safeguardSignedOn", "The date the contract was signed"),
                            form.choice("exception", TransferException.class),
                            form.get("exceptionJustification"),
                            form.date("riskAssessedOn", "The date of the risk assessment"),
                            form.get("riskAssessmentConclusion"));
                    form.check();
                    return "/data-protection/transfers/" + transfers.record(transfer);
                },
                "Transfer recorded",
                () -> "governance/transfer-new",
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
