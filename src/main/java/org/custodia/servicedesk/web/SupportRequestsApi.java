package org.custodia.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.servicedesk.SupportRequest;
import org.custodia.servicedesk.SupportRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Support requests", description = "The signed-in user's own requests to the service desk")
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
class SupportRequestsApi {

    private final SupportRequests requests;

    SupportRequestsApi(SupportRequests requests) {
        this.requests = requests;
    }

    /** What a user sends to raise a request (screenshots only through the page). */
    record NewRequest(String subject, String description) {}

    @GetMapping("/api/v1/support-requests")
    @Operation(summary = "Your support requests, newest contact first, without their threads")
    List<SupportRequest> mine() {
        return requests.mine();
    }

    @GetMapping("/api/v1/support-requests/{id}")
    @Operation(summary = "One of your support requests with its thread")
    SupportRequest one(@PathVariable UUID id) {
        return requests.get(id);
    }

    @PostMapping("/api/v1/support-requests")
    @Operation(summary = "Raise a support request")
    ResponseEntity<SupportRequest> raise(@RequestBody NewRequest request) {
        UUID id = requests.raise(request.subject(), request.description(), null);
        return ResponseEntity.created(URI.create("/api/v1/support-requests/" + id))
                .body(requests.get(id));
    }
}
