package org.custodia.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentingParty;
import org.custodia.consent.Consents;
import org.custodia.consent.NewConsent;
import org.custodia.consent.PersonConsents;
import org.custodia.consent.Withdrawal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{id}/consents")
@PreAuthorize("hasAnyRole('PRACTITIONER', 'DATA_PROTECTION_OFFICER')")
@Tag(name = "Consents", description = "A person's consents to the organisation's purposes, with their history")
class ConsentsApi {

    private final Consents consents;

    ConsentsApi(Consents consents) {
        this.consents = consents;
    }

    /** Who gave or withdrew consent; {@code name} and {@code relationship} when someone acted on the person's behalf. */
    record Party(boolean onBehalf, String name, String relationship, UUID personId) {
        ConsentingParty toParty() {
            return onBehalf
                    ? ConsentingParty.onBehalf(name, relationship, personId == null ? null : new PersonId(personId))
                    : ConsentingParty.thePerson();
        }
    }

    record GiveRequest(
            UUID purposeId, Integer wordingVersion, Party givenBy, ConsentMethod method, LocalDate givenOn) {}

    record WithdrawRequest(Party withdrawnBy, ConsentMethod method, LocalDate withdrawnOn) {}

    @GetMapping
    @Operation(summary = "Every purpose with the person's consent to it: current or not, and its history, newest first")
    PersonConsents list(@PathVariable UUID id) {
        return consents.of(new PersonId(id));
    }

    @PostMapping
    @Operation(
            summary = "Record consent given by the person or on their behalf",
            description = "wordingVersion is the version of the purpose's wording the person was shown (default:"
                    + " the current one). Refused while consent to the purpose is already current")
    ResponseEntity<PersonConsents> give(@PathVariable UUID id, @RequestBody GiveRequest request) {
        consents.give(
                new PersonId(id),
                new NewConsent(
                        request.purposeId() == null ? null : new ConsentPurposeId(request.purposeId()),
                        request.wordingVersion(),
                        request.givenBy() == null ? null : request.givenBy().toParty(),
                        request.method(),
                        request.givenOn()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/consents"))
                .body(consents.of(new PersonId(id)));
    }

    @PostMapping("/{purpose}/withdrawal")
    @Operation(summary = "Withdraw current consent: by whom, how and when, as for giving it")
    PersonConsents withdraw(@PathVariable UUID id, @PathVariable UUID purpose, @RequestBody WithdrawRequest request) {
        consents.withdraw(
                new PersonId(id),
                new ConsentPurposeId(purpose),
                new Withdrawal(
                        request.withdrawnBy() == null
                                ? null
                                : request.withdrawnBy().toParty(),
                        request.method(),
                        request.withdrawnOn()));
        return consents.of(new PersonId(id));
    }
}
