package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.consent.ConsentPurposes;
import org.custodia.governance.CaseExports;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.ExportFormat;
import org.custodia.governance.Recipients;
import org.custodia.identity.Colleagues;
import org.custodia.platform.Form;
import org.custodia.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Export or print" on a case: asks whom it is for and why, records the disclosure, then gives the document. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CaseExportPages {

    private final CaseExports exports;
    private final Recipients recipients;
    private final Colleagues colleagues;
    private final ConsentPurposes consentPurposes;
    private final ExportDocuments documents;

    CaseExportPages(
            CaseExports exports,
            Recipients recipients,
            Colleagues colleagues,
            ExportDocuments documents,
            ConsentPurposes consentPurposes) {
        this.exports = exports;
        this.recipients = recipients;
        this.colleagues = colleagues;
        this.consentPurposes = consentPurposes;
        this.documents = documents;
    }

    @GetMapping("/cases/{id}/export")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new Form());
        return withForm(id, model);
    }

    @PostMapping("/cases/{id}/export")
    Object export(@PathVariable UUID id, Form form, Model model, HttpServletResponse response) {
        try {
            var request = new CaseExports.Request(
                    form.id("recipient"),
                    form.choice("basis", DisclosureBasis.class),
                    form.get("statutoryBasis"),
                    form.get("reason"),
                    form.id("decidedBy"),
                    form.date("decidedOn", "The date of the decision"),
                    form.id("consentPurpose"),
                    form.choice("format", ExportFormat.class));
            form.check();
            CaseExports.Exported exported = exports.export(new CaseId(id), request);
            if (exported.format() == ExportFormat.PDF) {
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(exported.view().reference() + ".pdf")
                                        .build()
                                        .toString())
                        .body(documents.pdf(exported));
            }
            ModelAndView print = new ModelAndView("governance/case-export-document", "exported", exported);
            print.addObject("producedAt", ExportDocuments.produced(exported));
            return print;
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", form.errorsWith(e));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withForm(id, model);
        }
    }

    private String withForm(UUID id, Model model) {
        model.addAttribute("case", exports.preview(new CaseId(id)));
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("bases", DisclosureBasis.values());
        model.addAttribute("consentPurposes", consentPurposes.all());
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute("deciders", colleagues.practitioners());
        return "governance/case-export";
    }
}
