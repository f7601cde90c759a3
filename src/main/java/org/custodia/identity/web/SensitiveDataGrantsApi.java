package org.custodia.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.GrantHolder;
import org.custodia.identity.GrantStatus;
import org.custodia.identity.SensitiveDataGrants;
import org.custodia.shared.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sensitive-data grants: the same rules and audit as the pages, through the same facade. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sensitive-data grants", description = "Who may see sensitive data, and why")
class SensitiveDataGrantsApi {

    /** Why access is given or taken away; required. */
    public record Reason(String reason) {}

    private final SensitiveDataGrants grants;

    SensitiveDataGrantsApi(SensitiveDataGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/sensitive-data-grants")
    @Operation(summary = "Who holds a current grant now (administrators and DPOs)")
    List<GrantHolder> holders() {
        return grants.holders();
    }

    @GetMapping("/users/{id}/sensitive-data-grant")
    @Operation(summary = "A user's grant and where they stand on each required course")
    GrantStatus status(@PathVariable UUID id) {
        return grants.statusOf(new UserId(id));
    }

    @PostMapping("/users/{id}/sensitive-data-grant")
    @Operation(summary = "Give a user access; refused (400, audited) unless every required course is current")
    GrantStatus grant(@PathVariable UUID id, @RequestBody Reason reason) {
        grants.grant(new UserId(id), reason.reason());
        return grants.statusOf(new UserId(id));
    }

    @PostMapping("/users/{id}/sensitive-data-grant/revocation")
    @Operation(summary = "Take away a user's access")
    GrantStatus revoke(@PathVariable UUID id, @RequestBody Reason reason) {
        grants.revoke(new UserId(id), reason.reason());
        return grants.statusOf(new UserId(id));
    }
}
