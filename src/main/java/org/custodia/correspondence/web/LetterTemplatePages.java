package org.custodia.correspondence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.correspondence.Letter;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.LetterTemplate;
import org.custodia.correspondence.LetterTemplates;
import org.custodia.correspondence.Letters;
import org.custodia.correspondence.TemplateText;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data protection officer's letter templates: edit, preview, history, revert; and letters sent. */
@Controller
@RequestMapping("/data-protection/letters")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class LetterTemplatePages {

    private final LetterTemplates templates;
    private final Letters letters;

    LetterTemplatePages(LetterTemplates templates, Letters letters) {
        this.templates = templates;
        this.letters = letters;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "correspondence/letters";
    }

    @GetMapping("/{kind}")
    String edit(@PathVariable String kind, Model model) {
        LetterKind letterKind = LetterKind.fromSlug(kind);
        LetterTemplate current = templates.current(letterKind);
        Map<String, String> form = new HashMap<>();
        form.put("subject", current.text().subject());
        form.put("body", current.text().body());
        return editing(letterKind, form, null, null, model);
    }

    @PostMapping("/{kind}")
    String save(
            @PathVariable String kind,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        LetterKind letterKind = LetterKind.fromSlug(kind);
        TemplateText text = new TemplateText(fields.get("subject"), fields.get("body"));
        try {
            if ("preview".equals(action)) {
                return editing(letterKind, fields, null, templates.preview(letterKind, text), model);
            }
            LetterTemplate saved = templates.revise(letterKind, text);
            redirect.addFlashAttribute("notice", "Template saved as version " + saved.version());
            return "redirect:/data-protection/letters/" + letterKind.slug();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editing(letterKind, fields, e.errors(), null, model);
        }
    }

    @PostMapping("/{kind}/revert")
    String revert(@PathVariable String kind, RedirectAttributes redirect) {
        LetterKind letterKind = LetterKind.fromSlug(kind);
        LetterTemplate reverted = templates.revert(letterKind);
        redirect.addFlashAttribute("notice", "Template back to Custodia's wording, as version " + reverted.version());
        return "redirect:/data-protection/letters/" + letterKind.slug();
    }

    /** The current template as a PDF, filled with invented values. */
    @GetMapping("/{kind}/sample.pdf")
    ResponseEntity<byte[]> sample(@PathVariable String kind) {
        LetterKind letterKind = LetterKind.fromSlug(kind);
        Letter letter =
                templates.preview(letterKind, templates.current(letterKind).text());
        return pdf(letterKind.slug() + "-sample.pdf", letter.pdf());
    }

    @GetMapping("/sent")
    String sent(@RequestParam(required = false) UUID reference, Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("sent", reference == null ? List.of() : letters.sentFor(reference));
        return "correspondence/letters-sent";
    }

    @GetMapping("/sent/{id}/pdf")
    ResponseEntity<byte[]> sentPdf(@PathVariable UUID id) {
        Letters.SentPdf pdf = letters.pdf(id);
        return pdf(pdf.fileName(), pdf.content());
    }

    static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    private String editing(
            LetterKind kind, Map<String, String> form, Map<String, String> errors, Letter preview, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("current", templates.current(kind));
        model.addAttribute("history", templates.history(kind));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        return "correspondence/letter-form";
    }
}
