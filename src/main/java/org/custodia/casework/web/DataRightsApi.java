package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.PersonField;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonStatement;
import org.custodia.casework.PersonView;
import org.custodia.casework.RecordedValue;
import org.custodia.casework.Rectification;
import org.custodia.casework.Rectifications;
import org.custodia.casework.Restriction;
import org.custodia.casework.RestrictionGround;
import org.custodia.casework.Restrictions;
import org.custodia.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "Restriction and rectification", description = "UK GDPR Art 16 and 18 (the DPO)")
class DataRightsApi {

    private final Restrictions restrictions;
    private final Rectifications rectifications;

    DataRightsApi(Restrictions restrictions, Rectifications rectifications) {
        this.restrictions = restrictions;
        this.rectifications = rectifications;
    }

    record NewRestriction(RestrictionGround ground, UUID request) {}

    record Lifting(LocalDate personToldOn, UUID request) {}

    record StatedUse(AllowedUse ground, String note) {}

    record Correction(
            PersonField field,
            org.custodia.casework.SensitiveCategory category,
            UUID item,
            String value,
            PersonView.Address address,
            UUID request) {}

    record NewStatement(
            PersonField field,
            org.custodia.casework.SensitiveCategory category,
            UUID item,
            String statement,
            UUID request) {}

    @GetMapping("/restriction")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "The person's restrictions, current first")
    List<Restriction> restriction(@PathVariable UUID id) {
        return restrictions.history(new PersonId(id));
    }

    @PostMapping("/restriction")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Restrict processing of the person's data (Art 18)")
    Map<String, UUID> restrict(@PathVariable UUID id, @RequestBody NewRestriction body) {
        return Map.of("id", restrictions.restrict(new PersonId(id), body.ground(), body.request()));
    }

    @PostMapping("/restriction/lift")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Lift the restriction, giving the date the person was told beforehand")
    List<Restriction> lift(@PathVariable UUID id, @RequestBody Lifting body) {
        restrictions.lift(new PersonId(id), body.personToldOn(), body.request());
        return restrictions.history(new PersonId(id));
    }

    @PostMapping("/restricted-use")
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Operation(summary = "State a use of restricted data the law still allows (Art 18(2)), for a working day")
    Map<String, Instant> statedUse(@PathVariable UUID id, @RequestBody StatedUse body) {
        return Map.of("until", restrictions.allowUse(new PersonId(id), body.ground(), body.note()));
    }

    @GetMapping("/rectifications")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Corrections made to the person's data, with the values they replaced")
    List<Rectification> rectifications(@PathVariable UUID id) {
        return rectifications.history(new PersonId(id));
    }

    @PostMapping("/rectifications")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Correct a value (Art 16); the replaced value is kept")
    Map<String, UUID> correct(@PathVariable UUID id, @RequestBody Correction body) {
        RecordedValue value = new RecordedValue(body.field(), body.category(), body.item());
        if (value.field() == PersonField.ADDRESS) {
            if (body.address() == null) {
                throw new InvalidInput("address", "Give the corrected address");
            }
            return Map.of(
                    "id",
                    rectifications.correctAddress(new PersonId(id), value.item(), body.address(), body.request()));
        }
        return Map.of("id", rectifications.correct(new PersonId(id), value, body.value(), body.request()));
    }

    @GetMapping("/statements")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "The person's own statements about values kept as recorded")
    List<PersonStatement> statements(@PathVariable UUID id) {
        return rectifications.statements(new PersonId(id));
    }

    @PostMapping("/statements")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keep a value as recorded and attach the person's own statement about it")
    Map<String, UUID> addStatement(@PathVariable UUID id, @RequestBody NewStatement body) {
        return Map.of(
                "id",
                rectifications.addStatement(
                        new PersonId(id),
                        new RecordedValue(body.field(), body.category(), body.item()),
                        body.statement(),
                        body.request()));
    }
}
