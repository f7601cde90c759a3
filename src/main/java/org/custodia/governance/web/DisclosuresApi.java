package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.governance.Disclosure;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.Disclosures;
import org.custodia.governance.NewDisclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Disclosures", description = "Disclosures of people's data outside the organisation")
class DisclosuresApi {

    private final Disclosures disclosures;

    DisclosuresApi(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** A disclosure about the person in the path; {@code otherPeople} are others it also concerns. */
    record PersonDisclosure(
            List<UUID> otherPeople,
            UUID recipient,
            LocalDate disclosedOn,
            String dataShared,
            String method,
            DisclosureBasis basis,
            String statutoryBasis,
            String reason,
            UUID decidedBy,
            LocalDate decidedOn,
            UUID consentPurpose) {}

    record FollowUpClosing(LocalDate toldOn, String notToldReason) {}

    @GetMapping("/api/v1/disclosures")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "The register of disclosures; openFollowUps=true for those whose person is yet to be told")
    List<Disclosure> register(@RequestParam(defaultValue = "false") boolean openFollowUps) {
        return disclosures.register(openFollowUps);
    }

    @GetMapping("/api/v1/disclosures/{id}")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "A disclosure")
    Disclosure get(@PathVariable UUID id) {
        return disclosures.get(new DisclosureId(id));
    }

    @PostMapping("/api/v1/disclosures/{id}/follow-up")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Close the 'tell the person' task: the date they were told, or why they were not")
    Disclosure closeFollowUp(@PathVariable UUID id, @RequestBody FollowUpClosing closing) {
        disclosures.closeFollowUp(new DisclosureId(id), closing.toldOn(), closing.notToldReason());
        return disclosures.get(new DisclosureId(id));
    }

    @GetMapping("/api/v1/people/{id}/disclosures")
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Operation(summary = "The disclosures about a person")
    List<Disclosure> about(@PathVariable UUID id) {
        return disclosures.about(new PersonId(id));
    }

    @PostMapping("/api/v1/people/{id}/disclosures")
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Operation(summary = "Record a disclosure about a person (and any others it concerns)")
    ResponseEntity<List<Disclosure>> record(@PathVariable UUID id, @RequestBody PersonDisclosure d) {
        List<UUID> people = new ArrayList<>();
        people.add(id);
        if (d.otherPeople() != null) {
            people.addAll(d.otherPeople());
        }
        DisclosureId recorded = disclosures.record(new NewDisclosure(
                people,
                d.recipient(),
                d.disclosedOn(),
                d.dataShared(),
                d.method(),
                d.basis(),
                d.statutoryBasis(),
                d.reason(),
                d.decidedBy(),
                d.decidedOn(),
                d.consentPurpose()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/disclosures#" + recorded))
                .body(disclosures.about(new PersonId(id)));
    }
}
