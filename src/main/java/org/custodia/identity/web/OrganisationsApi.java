package org.custodia.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.custodia.identity.NewOrganisation;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.identity.UserDetails;
import org.custodia.shared.OrganisationId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Platform operators only")
class OrganisationsApi {

    private final Organisations organisations;

    OrganisationsApi(Organisations organisations) {
        this.organisations = organisations;
    }

    record Registration(NewOrganisation organisation, UserDetails firstAdministrator) {}

    @GetMapping
    @Operation(summary = "List organisations")
    List<Organisation> list() {
        return organisations.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an organisation and invite its first administrator")
    Organisation register(@RequestBody Registration registration) {
        OrganisationId id = organisations.register(registration.organisation(), registration.firstAdministrator());
        return organisations.all().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
