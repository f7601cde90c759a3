package org.custodia.rights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.rights.FeeReason;
import org.custodia.rights.IdentityCheck;
import org.custodia.rights.NewRightsRequest;
import org.custodia.rights.PauseReason;
import org.custodia.rights.RefusalGround;
import org.custodia.rights.RequestFees;
import org.custodia.rights.RequestLetters;
import org.custodia.rights.RequestMatching;
import org.custodia.rights.RequestOutcome;
import org.custodia.rights.RequestRefusals;
import org.custodia.rights.RequestSteps;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequestSummary;
import org.custodia.rights.RightsRequestView;
import org.custodia.rights.RightsRequests;
import org.custodia.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rights-requests")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Rights requests", description = "Data subject rights requests and their statutory clocks")
class RightsRequestsApi {

    private final RightsRequests requests;
    private final RequestSteps steps;
    private final RequestFees fees;
    private final RequestRefusals refusals;
    private final RequestMatching matching;
    private final RequestLetters letters;

    RightsRequestsApi(
            RightsRequests requests,
            RequestSteps steps,
            RequestFees fees,
            RequestRefusals refusals,
            RequestMatching matching,
            RequestLetters letters) {
        this.fees = fees;
        this.refusals = refusals;
        this.letters = letters;
        this.requests = requests;
        this.steps = steps;
        this.matching = matching;
    }

    record Created(RightsRequestId id, String reference) {}

    record IdentityStep(IdentityCheck check, String evidence, LocalDate checkedOn) {}

    record PauseStep(PauseReason reason, LocalDate pausedOn, String letter) {}

    record ResumeStep(LocalDate resumedOn) {}

    record ExtensionStep(Integer months, String reason, LocalDate personToldOn) {}

    record FeeStep(FeeReason reason, Integer pence, String explanation) {}

    record PaymentStep(LocalDate paidOn) {}

    record RefusalStep(RefusalGround ground, String reasons, LocalDate personToldOn, boolean toldOfRightToComplain) {}

    record MatchStep(List<UUID> people) {}

    record ClosingStep(RequestOutcome outcome, String summary) {}

    @GetMapping
    @Operation(summary = "The organisation's requests, open ones first by due date, each with its clock")
    List<RightsRequestSummary> list() {
        return requests.list();
    }

    @PostMapping
    @Operation(summary = "Record a request received by email, letter, phone or in person")
    ResponseEntity<Created> receive(@RequestBody NewRightsRequest request) {
        RightsRequestId id = requests.receive(request);
        return ResponseEntity.created(URI.create("/api/v1/rights-requests/" + id))
                .body(new Created(id, id.reference()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request: what was asked, its clock, every step taken")
    RightsRequestView request(@PathVariable UUID id) {
        return requests.view(new RightsRequestId(id));
    }

    @PostMapping("/{id}/identity")
    @Operation(summary = "Record the identity check (VERIFIED with the documents seen, or NOT_NEEDED with why)")
    ResponseEntity<Void> identity(@PathVariable UUID id, @RequestBody IdentityStep body) {
        steps.recordIdentity(new RightsRequestId(id), body.check(), body.evidence(), body.checkedOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pauses")
    @Operation(
            summary = "Stop the clock while waiting for IDENTITY or CLARIFICATION; "
                    + "`letter` (what we ask for) is sent to the requester")
    ResponseEntity<Void> pause(@PathVariable UUID id, @RequestBody PauseStep body) {
        letters.ask(new RightsRequestId(id), body.reason(), body.pausedOn(), body.letter());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "Restart the clock on the day what it waited for arrived")
    ResponseEntity<Void> resume(@PathVariable UUID id, @RequestBody ResumeStep body) {
        steps.resume(new RightsRequestId(id), body.resumedOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Extend once, by 1 or 2 months, within the first month; the person told with reasons")
    ResponseEntity<Void> extend(@PathVariable UUID id, @RequestBody ExtensionStep body) {
        steps.extend(new RightsRequestId(id), body.months(), body.reason(), body.personToldOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/fee")
    @Operation(summary = "Ask for a fee (manifestly unfounded or excessive, or further copies); pauses the clock")
    ResponseEntity<Void> fee(@PathVariable UUID id, @RequestBody FeeStep body) {
        fees.chargeFee(new RightsRequestId(id), body.reason(), body.pence(), body.explanation());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/fee-payment")
    @Operation(summary = "Record the fee as paid; the clock restarts that day")
    ResponseEntity<Void> feePaid(@PathVariable UUID id, @RequestBody PaymentStep body) {
        fees.feePaid(new RightsRequestId(id), body.paidOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Refuse as manifestly unfounded or excessive, with reasons; closes the request")
    ResponseEntity<Void> refuse(@PathVariable UUID id, @RequestBody RefusalStep body) {
        refusals.refuse(
                new RightsRequestId(id),
                body.ground(),
                body.reasons(),
                body.personToldOn(),
                body.toldOfRightToComplain());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Search everyone in the organisation's records for the people the request is about")
    List<PersonSummary> candidates(
            @PathVariable UUID id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate dateOfBirth) {
        return matching.candidates(new RightsRequestId(id), q, dateOfBirth);
    }

    @PostMapping("/{id}/matches")
    @Operation(summary = "Confirm the people the request is about; each is put under a legal hold until it closes")
    ResponseEntity<Void> match(@PathVariable UUID id, @RequestBody MatchStep body) {
        if (body == null || body.people() == null) {
            throw new InvalidInput("people", "Select the people the request is about");
        }
        matching.confirm(
                new RightsRequestId(id),
                body.people().stream()
                        .map(person -> person == null ? null : new PersonId(person))
                        .toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the request with its outcome; lifts its legal holds")
    ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody ClosingStep body) {
        requests.close(new RightsRequestId(id), body.outcome(), body.summary());
        return ResponseEntity.noContent().build();
    }
}
