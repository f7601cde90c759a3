package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseSummary;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonDetails;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.PersonView;
import org.custodia.casework.Relationship;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.Relationships;
import org.custodia.casework.SensitiveCategory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Children, family members and professionals (practitioners)")
class PeopleApi {

    private final People people;
    private final Cases cases;
    private final Relationships relationships;

    PeopleApi(People people, Cases cases, Relationships relationships) {
        this.people = people;
        this.cases = cases;
        this.relationships = relationships;
    }

    record SensitiveEntry(String value) {}

    record NewRelationship(RelationshipKind kind, UUID relatedPersonId) {}

    @GetMapping
    @Operation(summary = "Find people by name (typos and name order forgiven), NHS number, UPN or date of birth")
    List<PersonSummary> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth) {
        return people.search(q, dateOfBirth);
    }

    @PostMapping
    @Operation(summary = "Record a person")
    ResponseEntity<PersonView> register(@RequestBody PersonDetails details) {
        PersonId id = people.register(details);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(people.view(id, "recording"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person; special-category fields are withheld without a sensitive-data grant")
    PersonView view(@PathVariable UUID id, @RequestParam(defaultValue = "casework") String purpose) {
        return people.view(new PersonId(id), purpose);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a person's details")
    PersonView update(@PathVariable UUID id, @RequestBody PersonDetails details) {
        people.update(new PersonId(id), details);
        return people.view(new PersonId(id), "recording");
    }

    @PutMapping("/{id}/sensitive/{category}")
    @Operation(summary = "Record a special-category value (needs a sensitive-data grant)")
    PersonView recordSensitive(
            @PathVariable UUID id, @PathVariable SensitiveCategory category, @RequestBody SensitiveEntry entry) {
        people.recordSensitive(new PersonId(id), category, entry.value());
        return people.view(new PersonId(id), "recording");
    }

    @GetMapping("/{id}/relationships")
    @Operation(summary = "The person's relationships with people you can also see")
    List<Relationship> relationships(@PathVariable UUID id) {
        return relationships.of(new PersonId(id));
    }

    @PostMapping("/{id}/relationships")
    @Operation(summary = "Record that this person is the parent, carer, sibling, relative or professional of another")
    List<Relationship> relate(@PathVariable UUID id, @RequestBody NewRelationship relationship) {
        relationships.record(
                new PersonId(id),
                relationship.kind(),
                relationship.relatedPersonId() == null ? null : new PersonId(relationship.relatedPersonId()));
        return relationships.of(new PersonId(id));
    }

    @GetMapping("/{id}/cases")
    @Operation(summary = "A child's cases, including those outside your teams (open them with break-glass)")
    List<CaseSummary> cases(@PathVariable UUID id) {
        return cases.ofChild(new PersonId(id));
    }
}
