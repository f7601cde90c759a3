package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.governance.NewSharingAgreement;
import org.custodia.governance.SharingAgreement;
import org.custodia.governance.SharingAgreementId;
import org.custodia.governance.SharingAgreements;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sharing-agreements")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Sharing agreements", description = "Contracts, memoranda of understanding, information sharing protocols")
class SharingAgreementsApi {

    private final SharingAgreements agreements;

    SharingAgreementsApi(SharingAgreements agreements) {
        this.agreements = agreements;
    }

    record Signature(LocalDate signedOn, String signedBy) {}

    @GetMapping
    @Operation(summary = "Every sharing agreement with its status today")
    List<SharingAgreement> all() {
        return agreements.all();
    }

    @PostMapping
    @Operation(summary = "Record a sharing agreement (unsigned)")
    ResponseEntity<SharingAgreement> record(@RequestBody NewSharingAgreement agreement) {
        SharingAgreementId id = agreements.record(agreement);
        return ResponseEntity.created(URI.create("/api/v1/sharing-agreements/" + id))
                .body(agreements.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A sharing agreement")
    SharingAgreement get(@PathVariable UUID id) {
        return agreements.get(new SharingAgreementId(id));
    }

    @PostMapping("/{id}/signature")
    @Operation(summary = "Record the signing; high-risk processing needs a signed-off DPIA first")
    SharingAgreement sign(@PathVariable UUID id, @RequestBody Signature signature) {
        agreements.sign(new SharingAgreementId(id), signature.signedOn(), signature.signedBy());
        return agreements.get(new SharingAgreementId(id));
    }
}
