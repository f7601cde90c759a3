package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.governance.AdequacyEntry;
import org.custodia.governance.NewTransfer;
import org.custodia.governance.Transfer;
import org.custodia.governance.TransferId;
import org.custodia.governance.Transfers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/transfers")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "International transfers", description = "Transfers outside the UK, checked against UK adequacy")
class TransfersApi {

    private final Transfers transfers;

    TransfersApi(Transfers transfers) {
        this.transfers = transfers;
    }

    @GetMapping
    @Operation(summary = "Every international transfer")
    List<Transfer> all() {
        return transfers.all();
    }

    @PostMapping
    @Operation(summary = "Record a transfer; refused without adequacy, a safeguard or an Art 49 exception")
    ResponseEntity<Transfer> record(@RequestBody NewTransfer transfer) {
        TransferId id = transfers.record(transfer);
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + id)).body(transfers.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A transfer")
    Transfer get(@PathVariable UUID id) {
        return transfers.get(new TransferId(id));
    }

    @GetMapping("/adequacy")
    @Operation(summary = "The countries and territories under UK adequacy regulations")
    List<AdequacyEntry> adequacy() {
        return transfers.adequacyList();
    }
}
