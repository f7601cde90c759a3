package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.governance.Objection;
import org.custodia.governance.ObjectionDecision;
import org.custodia.governance.ObjectionId;
import org.custodia.governance.ObjectionKind;
import org.custodia.governance.Objections;
import org.custodia.governance.ProcessingActivityId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Objections", description = "UK GDPR Art 21 and 22 objections and the DPO's decisions")
class ObjectionsApi {

    private final Objections objections;

    ObjectionsApi(Objections objections) {
        this.objections = objections;
    }

    record NewObjection(UUID activity, ObjectionKind kind, LocalDate receivedOn, UUID request) {}

    record Decision(ObjectionDecision decision, String grounds, UUID request) {}

    @GetMapping("/people/{id}/objections")
    @Operation(summary = "The person's objections and their decisions")
    List<Objection> of(@PathVariable UUID id) {
        return objections.of(new PersonId(id));
    }

    @PostMapping("/people/{id}/objections")
    @Operation(summary = "Record an objection to a processing activity, or to its automated decisions")
    ResponseEntity<Objection> record(@PathVariable UUID id, @RequestBody NewObjection body) {
        ObjectionId recorded = objections.record(
                new PersonId(id),
                body.activity() == null ? null : new ProcessingActivityId(body.activity()),
                body.kind(),
                body.receivedOn(),
                body.request());
        return ResponseEntity.created(URI.create("/api/v1/objections/" + recorded))
                .body(objections.get(recorded));
    }

    @GetMapping("/objections/{id}")
    @Operation(summary = "An objection")
    Objection get(@PathVariable UUID id) {
        return objections.get(new ObjectionId(id));
    }

    @PostMapping("/objections/{id}/decision")
    @Operation(summary = "Uphold the objection (the processing stops) or continue it on compelling grounds")
    Objection decide(@PathVariable UUID id, @RequestBody Decision body) {
        objections.decide(new ObjectionId(id), body.decision(), body.grounds(), body.request());
        return objections.get(new ObjectionId(id));
    }
}
