package org.custodia.rights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.RestrictionGround;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.rights.ConsentWithdrawals;
import org.custodia.rights.ErasureDecisions;
import org.custodia.rights.ErasureGround;
import org.custodia.rights.ErasureReport;
import org.custodia.rights.ExceptionAnswer;
import org.custodia.rights.RecipientNotification;
import org.custodia.rights.RecipientNotifications;
import org.custodia.rights.RequestObjections;
import org.custodia.rights.RequestRectifications;
import org.custodia.rights.RequestRestrictions;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Acting on a request for the people it is matched to: erasure, rectification, restriction, objection, consent. */
@RestController
@RequestMapping("/api/v1/rights-requests/{id}")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Rights requests", description = "Data subject rights requests and their statutory clocks")
class RequestActionsApi {

    private final ErasureDecisions erasures;
    private final RequestRectifications corrections;
    private final RequestRestrictions restrictions;
    private final RequestObjections objections;
    private final ConsentWithdrawals withdrawals;
    private final RecipientNotifications notifications;

    RequestActionsApi(
            ErasureDecisions erasures,
            RequestRectifications corrections,
            RequestRestrictions restrictions,
            RequestObjections objections,
            ConsentWithdrawals withdrawals,
            RecipientNotifications notifications) {
        this.erasures = erasures;
        this.corrections = corrections;
        this.restrictions = restrictions;
        this.objections = objections;
        this.withdrawals = withdrawals;
        this.notifications = notifications;
    }

    record ErasureStep(ErasureGround ground, List<ExceptionAnswer> exceptions) {}

    record ValueStep(UUID person, String field, String value) {}

    record StatementStep(UUID person, String field, String statement) {}

    record RestrictionStep(UUID person, RestrictionGround ground) {}

    record LiftNoticeStep(UUID person, LocalDate liftOn, String reasons) {}

    record LiftStep(UUID person, LocalDate personToldOn) {}

    record ObjectionStep(UUID person, UUID activity, ObjectionDecision decision, String grounds) {}

    record WithdrawalStep(UUID person, UUID purpose, ConsentMethod method, LocalDate withdrawnOn) {}

    record DoneStep(String how, LocalDate doneOn) {}

    @PostMapping("/erasure")
    @Operation(summary = "Decide an erasure request: ground and each Art 17(3) exception; erases or reports kept")
    ErasureReport erase(@PathVariable UUID id, @RequestBody ErasureStep step) {
        return erasures.decide(new RightsRequestId(id), step.ground(), step.exceptions());
    }

    @GetMapping("/erasure")
    @Operation(summary = "What the erasure request did: erased and kept people with the reasons")
    ErasureReport erasure(@PathVariable UUID id) {
        return erasures.report(new RightsRequestId(id)).orElseThrow(() -> new NotFound("Erasure decision"));
    }

    @PostMapping("/rectifications")
    @Operation(summary = "Correct a value of a matched person (the old value kept); recipients told")
    Map<String, UUID> correct(@PathVariable UUID id, @RequestBody ValueStep step) {
        return Map.of(
                "id", corrections.correct(new RightsRequestId(id), person(step.person()), step.field(), step.value()));
    }

    @PostMapping("/statements")
    @Operation(summary = "Keep a value as recorded and attach the person's own statement")
    Map<String, UUID> statement(@PathVariable UUID id, @RequestBody StatementStep step) {
        return Map.of(
                "id",
                corrections.addStatement(
                        new RightsRequestId(id), person(step.person()), step.field(), step.statement()));
    }

    @PostMapping("/restrictions")
    @Operation(summary = "Restrict a matched person's data on a ground; recipients told")
    Map<String, UUID> restrict(@PathVariable UUID id, @RequestBody RestrictionStep step) {
        return Map.of("id", restrictions.restrict(new RightsRequestId(id), person(step.person()), step.ground()));
    }

    @PostMapping("/restriction-lift-notice")
    @Operation(summary = "Tell the person the restriction will be lifted, and why (letter)")
    void tellBeforeLifting(@PathVariable UUID id, @RequestBody LiftNoticeStep step) {
        restrictions.tellBeforeLifting(new RightsRequestId(id), person(step.person()), step.liftOn(), step.reasons());
    }

    @PostMapping("/restriction-lifting")
    @Operation(summary = "Lift the restriction, with the date the person was told beforehand")
    void lift(@PathVariable UUID id, @RequestBody LiftStep step) {
        restrictions.lift(new RightsRequestId(id), person(step.person()), step.personToldOn());
    }

    @PostMapping("/objections")
    @Operation(summary = "Record and decide the objection to a processing activity")
    Map<String, UUID> object(@PathVariable UUID id, @RequestBody ObjectionStep step) {
        return Map.of(
                "id",
                objections
                        .object(
                                new RightsRequestId(id),
                                person(step.person()),
                                step.activity() == null ? null : new ProcessingActivityId(step.activity()),
                                step.decision(),
                                step.grounds())
                        .value());
    }

    @PostMapping("/consent-withdrawals")
    @Operation(summary = "Withdraw a matched person's consent to a purpose")
    void withdraw(@PathVariable UUID id, @RequestBody WithdrawalStep step) {
        withdrawals.withdrawConsent(
                new RightsRequestId(id),
                person(step.person()),
                step.purpose() == null ? null : new ConsentPurposeId(step.purpose()),
                step.method(),
                step.withdrawnOn());
    }

    @GetMapping("/recipients")
    @Operation(summary = "Who received each matched person's data (Art 19: the person may ask)")
    List<RecipientNotifications.PersonRecipients> recipients(@PathVariable UUID id) {
        return notifications.recipients(new RightsRequestId(id));
    }

    @GetMapping("/notifications")
    @Operation(summary = "The recipients told of each change, by email or by other means")
    List<RecipientNotification> notifications(@PathVariable UUID id) {
        return notifications.of(new RightsRequestId(id));
    }

    @PostMapping("/notifications/{notification}/done")
    @Operation(summary = "Record how and when a recipient without an email address was told")
    void done(@PathVariable UUID id, @PathVariable UUID notification, @RequestBody DoneStep step) {
        notifications.done(new RightsRequestId(id), notification, step.how(), step.doneOn());
    }

    private static PersonId person(UUID value) {
        if (value == null) {
            throw new InvalidInput("person", "Select a person the request is matched to");
        }
        return new PersonId(value);
    }
}
