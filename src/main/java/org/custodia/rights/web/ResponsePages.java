package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.rights.Exemption;
import org.custodia.rights.IssuedResponses;
import org.custodia.rights.NewRedaction;
import org.custodia.rights.RedactionReview;
import org.custodia.rights.ResponseIssuing;
import org.custodia.rights.ResponseReview;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Preparing the response: the redaction review, a record's decision, issuing, and the DPO's copies. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class ResponsePages {

    private static final String PATH = RequestPages.BASE + "/{id}/response";

    private final RedactionReview review;
    private final IssuedResponses responses;
    private final ResponseIssuing issuing;

    ResponsePages(RedactionReview review, IssuedResponses responses, ResponseIssuing issuing) {
        this.review = review;
        this.responses = responses;
        this.issuing = issuing;
    }

    @GetMapping(PATH)
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("review", review.review(new RightsRequestId(id)));
        return "rights/response";
    }

    @GetMapping(PATH + "/record")
    String record(@PathVariable UUID id, @RequestParam("id") String recordId, Model model) {
        show(id, recordId, model);
        return FormPage.show(new Form(), model, () -> "rights/response-record");
    }

    @PostMapping(PATH + "/record")
    String withhold(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Form fields = form;
        String recordId = form.get("recordId");
        return FormPage.submit(
                form,
                () -> {
                    review.withhold(
                            new RightsRequestId(id),
                            new NewRedaction(
                                    recordId,
                                    fields.text("field"),
                                    form.get("passage"),
                                    fields.choice("exemption", Exemption.class),
                                    fields.text("note")));
                    return RequestPages.BASE + "/" + id + "/response";
                },
                "Withheld from the response",
                () -> "rights/response-record",
                showing(id, recordId, model),
                redirect,
                response);
    }

    @PostMapping(PATH + "/disclose")
    String disclose(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String recordId = form.get("recordId");
        return FormPage.submit(
                form,
                () -> {
                    review.disclose(new RightsRequestId(id), recordId, form.text("discloseNote"));
                    return RequestPages.BASE + "/" + id + "/response";
                },
                "Marked as reviewed: the record is disclosed",
                () -> "rights/response-record",
                showing(id, recordId, model),
                redirect,
                response);
    }

    @PostMapping(PATH + "/redactions/{redaction}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID redaction, RedirectAttributes redirect) {
        review.remove(new RightsRequestId(id), redaction);
        redirect.addFlashAttribute("notice", "Decision removed");
        return "redirect:" + RequestPages.BASE + "/" + id + "/response";
    }

    @PostMapping(PATH + "/issue")
    String issue(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RightsRequestId request = new RightsRequestId(id);
        try {
            boolean secure = issuing.issue(request).secureDownload();
            redirect.addFlashAttribute(
                    "notice",
                    secure
                            ? "Response issued: the download link and the code are sent in separate emails"
                            : "Response issued: download the documents below to send them");
            return "redirect:" + RequestPages.BASE + "/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("review", review.review(request));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "rights/response";
        }
    }

    @GetMapping(PATH + "/files/{which}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String which) {
        if (!"pdf".equals(which) && !"zip".equals(which)) {
            throw new NotFound("Response document");
        }
        IssuedResponses.Document document = responses.document(new RightsRequestId(id), which);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }

    private Model showing(UUID id, String recordId, Model model) {
        show(id, recordId, model);
        return model;
    }

    private void show(UUID id, String recordId, Model model) {
        ResponseReview file = review.review(new RightsRequestId(id));
        ResponseReview.Item item = file.records().stream()
                .filter(r -> r.id().equals(recordId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Record"));
        model.addAttribute("review", file);
        model.addAttribute("item", item);
        model.addAttribute("exemptions", Exemption.values());
    }
}
