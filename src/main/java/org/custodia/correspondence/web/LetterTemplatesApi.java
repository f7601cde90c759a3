package org.custodia.correspondence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.correspondence.Letter;
import org.custodia.correspondence.LetterKind;
import org.custodia.correspondence.LetterTemplate;
import org.custodia.correspondence.LetterTemplates;
import org.custodia.correspondence.Letters;
import org.custodia.correspondence.SentLetter;
import org.custodia.correspondence.TemplateText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Letters", description = "Letter templates the organisation edits (versioned), and letters sent (DPO)")
class LetterTemplatesApi {

    private final LetterTemplates templates;
    private final Letters letters;

    LetterTemplatesApi(LetterTemplates templates, Letters letters) {
        this.templates = templates;
        this.letters = letters;
    }

    record TemplateView(
            LetterKind kind,
            String label,
            Set<String> allowedPlaceholders,
            Set<String> requiredPlaceholders,
            List<String> requiredWords,
            LetterTemplate current,
            List<LetterTemplate> history) {}

    record Preview(String subject, String body) {}

    @GetMapping("/api/v1/letter-templates")
    @Operation(summary = "The template each kind of letter is sent with now")
    List<LetterTemplate> all() {
        return templates.all();
    }

    @GetMapping("/api/v1/letter-templates/{kind}")
    @Operation(summary = "A kind's current template, its placeholders and every version (newest first)")
    TemplateView view(@PathVariable String kind) {
        LetterKind letterKind = LetterKind.fromSlug(kind);
        return new TemplateView(
                letterKind,
                letterKind.label(),
                letterKind.allowedPlaceholders(),
                letterKind.requiredPlaceholders(),
                letterKind.requiredWords(),
                templates.current(letterKind),
                templates.history(letterKind));
    }

    @PutMapping("/api/v1/letter-templates/{kind}")
    @Operation(summary = "Save new wording as the next version; unknown or missing placeholders are refused")
    TemplateView revise(@PathVariable String kind, @RequestBody TemplateText text) {
        templates.revise(LetterKind.fromSlug(kind), text);
        return view(kind);
    }

    @PostMapping("/api/v1/letter-templates/{kind}/revert")
    @Operation(summary = "Go back to Custodia's built-in wording, as a new version")
    TemplateView revert(@PathVariable String kind) {
        templates.revert(LetterKind.fromSlug(kind));
        return view(kind);
    }

    @PostMapping("/api/v1/letter-templates/{kind}/preview")
    @Operation(summary = "The letter this wording would produce with invented values; nothing is saved")
    Preview preview(@PathVariable String kind, @RequestBody TemplateText text) {
        Letter letter = templates.preview(LetterKind.fromSlug(kind), text);
        return new Preview(letter.subject(), letter.body());
    }

    @GetMapping("/api/v1/letters")
    @Operation(summary = "The letters sent under a reference (a request's id), oldest first")
    List<SentLetter> sent(@RequestParam UUID reference) {
        return letters.sentFor(reference);
    }

    @GetMapping("/api/v1/letters/{id}/pdf")
    @Operation(summary = "A sent letter's PDF, as it was sent")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Letters.SentPdf pdf = letters.pdf(id);
        return LetterTemplatePages.pdf(pdf.fileName(), pdf.content());
    }
}
