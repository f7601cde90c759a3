package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custodia.governance.Dpia;
import org.custodia.governance.DpiaDraft;
import org.custodia.governance.DpiaId;
import org.custodia.governance.DpiaRisk;
import org.custodia.governance.Dpias;
import org.custodia.governance.MeasureEffect;
import org.custodia.governance.RiskLevel;
import org.custodia.governance.SignOff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dpias")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "DPIAs", description = "Data protection impact assessments (UK GDPR Art 35), for the DPO")
class DpiasApi {

    private final Dpias dpias;

    DpiasApi(Dpias dpias) {
        this.dpias = dpias;
    }

    record MeasureRequest(String measure, MeasureEffect effect, RiskLevel residualRisk) {}

    @GetMapping
    List<Dpia> all() {
        return dpias.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a DPIA with its screening and description")
    Dpia create(@RequestBody DpiaDraft draft) {
        return dpias.get(dpias.create(draft));
    }

    @GetMapping("/{id}")
    Dpia get(@PathVariable UUID id) {
        return dpias.get(new DpiaId(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the screening and description; a signed-off DPIA returns to draft")
    Dpia update(@PathVariable UUID id, @RequestBody DpiaDraft draft) {
        dpias.update(new DpiaId(id), draft);
        return dpias.get(new DpiaId(id));
    }

    @PostMapping("/{id}/risks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a risk, optionally with its measure; a signed-off DPIA returns to draft")
    Dpia addRisk(@PathVariable UUID id, @RequestBody DpiaRisk risk) {
        dpias.addRisk(new DpiaId(id), risk);
        return dpias.get(new DpiaId(id));
    }

    @PutMapping("/{id}/risks/{risk}/measure")
    @Operation(summary = "Record the measure that answers a risk and the residual risk")
    Dpia recordMeasure(@PathVariable UUID id, @PathVariable UUID risk, @RequestBody MeasureRequest request) {
        dpias.recordMeasure(new DpiaId(id), risk, request.measure(), request.effect(), request.residualRisk());
        return dpias.get(new DpiaId(id));
    }

    @DeleteMapping("/{id}/risks/{risk}")
    Dpia removeRisk(@PathVariable UUID id, @PathVariable UUID risk) {
        dpias.removeRisk(new DpiaId(id), risk);
        return dpias.get(new DpiaId(id));
    }

    @PostMapping("/{id}/sign-off")
    @Operation(
            summary =
                    "The DPO signs off: advice, a future review date, and Art 36 consultation where high risk remains")
    Dpia signOff(@PathVariable UUID id, @RequestBody SignOff signOff) {
        dpias.signOff(new DpiaId(id), signOff);
        return dpias.get(new DpiaId(id));
    }
}
