package org.custodia.rights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.custodia.rights.Exemption;
import org.custodia.rights.NewRedaction;
import org.custodia.rights.RedactionReview;
import org.custodia.rights.ResponseIssued;
import org.custodia.rights.ResponseIssuing;
import org.custodia.rights.ResponseReview;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rights-requests/{id}")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Rights requests", description = "Data subject rights requests and their statutory clocks")
class ResponseApi {

    private final RedactionReview review;
    private final ResponseIssuing responses;

    ResponseApi(RedactionReview review, ResponseIssuing responses) {
        this.review = review;
        this.responses = responses;
    }

    /** WITHHOLD (the default) with an exemption, or DISCLOSE a record that mentions other people after review. */
    record RedactionStep(
            String recordId, String decision, String field, String passage, Exemption exemption, String note) {}

    @GetMapping("/response")
    @Operation(summary = "The response file for review: every record (flagged ones first) and the decisions taken")
    ResponseReview review(@PathVariable UUID id) {
        return review.review(new RightsRequestId(id));
    }

    @PostMapping("/redactions")
    @Operation(
            summary = "Withhold a record, a field or an exact passage with its exemption; or DISCLOSE a flagged record")
    ResponseEntity<Map<String, UUID>> redact(@PathVariable UUID id, @RequestBody RedactionStep body) {
        RightsRequestId request = new RightsRequestId(id);
        if (body == null) {
            throw new InvalidInput("recordId", "Select a record from the file");
        }
        UUID made;
        if ("DISCLOSE".equals(body.decision())) {
            made = review.disclose(request, body.recordId(), body.note());
        } else if (body.decision() == null || "WITHHOLD".equals(body.decision())) {
            made = review.withhold(
                    request,
                    new NewRedaction(body.recordId(), body.field(), body.passage(), body.exemption(), body.note()));
        } else {
            throw new InvalidInput("decision", "The decision is WITHHOLD or DISCLOSE");
        }
        return ResponseEntity.created(URI.create("/api/v1/rights-requests/" + id + "/redactions/" + made))
                .body(Map.of("id", made));
    }

    @DeleteMapping("/redactions/{redaction}")
    @Operation(summary = "Take a decision back, before the response is issued")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID redaction) {
        review.remove(new RightsRequestId(id), redaction);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/response")
    @Operation(
            summary = "Issue the response (PDF and ZIP; portability: ZIP only) by secure download, or keep it for"
                    + " the DPO to post; closes the request and lifts its holds")
    ResponseIssued issue(@PathVariable UUID id) {
        return responses.issue(new RightsRequestId(id));
    }
}
