package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.governance.NewRecipient;
import org.custodia.governance.Recipient;
import org.custodia.governance.RecipientId;
import org.custodia.governance.Recipients;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recipients")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Recipients", description = "Recipients, processors and sub-processors (data protection officers)")
class RecipientsApi {

    private final Recipients recipients;

    RecipientsApi(Recipients recipients) {
        this.recipients = recipients;
    }

    @GetMapping
    @Operation(summary = "The register of recipients")
    List<Recipient> all() {
        return recipients.all();
    }

    @PostMapping
    @Operation(summary = "Add a recipient, processor or sub-processor")
    ResponseEntity<Recipient> add(@RequestBody NewRecipient recipient) {
        RecipientId id = recipients.add(recipient);
        return ResponseEntity.created(URI.create("/api/v1/recipients/" + id)).body(recipients.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A recipient")
    Recipient get(@PathVariable UUID id) {
        return recipients.get(new RecipientId(id));
    }
}
