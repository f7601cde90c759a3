package org.custodia.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.consent.ConsentPurpose;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentPurposes;
import org.custodia.consent.ConsentWording;
import org.custodia.consent.PurposeDetails;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consent-purposes")
@Tag(name = "Consent purposes", description = "What the organisation asks consent for, with versioned wording (DPO)")
class ConsentPurposesApi {

    private final ConsentPurposes purposes;

    ConsentPurposesApi(ConsentPurposes purposes) {
        this.purposes = purposes;
    }

    record PurposeWithVersions(ConsentPurpose purpose, List<ConsentWording> wordings) {}

    @GetMapping
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'PRACTITIONER')")
    @Operation(summary = "The organisation's consent purposes with their current wording")
    List<ConsentPurpose> all() {
        return purposes.all();
    }

    @PostMapping
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Define a purpose; its wording becomes version 1")
    ResponseEntity<PurposeWithVersions> define(@RequestBody PurposeDetails details) {
        ConsentPurposeId id = purposes.define(details);
        return ResponseEntity.created(URI.create("/api/v1/consent-purposes/" + id))
                .body(view(id.value()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "A purpose with every version of its wording, newest first")
    PurposeWithVersions view(@PathVariable UUID id) {
        ConsentPurposeId purpose = new ConsentPurposeId(id);
        return new PurposeWithVersions(purposes.find(purpose), purposes.wordings(purpose));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Rename a purpose or change its note; a changed wording becomes a new version")
    PurposeWithVersions revise(@PathVariable UUID id, @RequestBody PurposeDetails details) {
        purposes.revise(new ConsentPurposeId(id), details);
        return view(id);
    }
}
