package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.Enrolment;
import org.custodia.casework.Pupils;
import org.custodia.casework.SenStatus;
import org.custodia.casework.SenStatusRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Pupils", description = "Enrolments at schools and special educational needs status")
class PupilsApi {

    private final Pupils pupils;

    PupilsApi(Pupils pupils) {
        this.pupils = pupils;
    }

    record Leaving(LocalDate leftOn) {}

    record SenStatusChange(SenStatus status, LocalDate effectiveFrom) {}

    @GetMapping("/enrolments")
    @Operation(summary = "A pupil's enrolments at schools, newest first")
    List<Enrolment> enrolments(@PathVariable UUID id) {
        return pupils.enrolments(new CaseId(id));
    }

    @PostMapping("/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an enrolment: school, year group when admitted, date admitted and, if known, left")
    List<Enrolment> recordEnrolment(@PathVariable UUID id, @RequestBody Enrolment enrolment) {
        pupils.recordEnrolment(new CaseId(id), enrolment);
        return pupils.enrolments(new CaseId(id));
    }

    @PostMapping("/enrolments/{enrolment}/leaving")
    @Operation(summary = "Record the date a pupil left a school")
    List<Enrolment> recordLeaving(@PathVariable UUID id, @PathVariable UUID enrolment, @RequestBody Leaving leaving) {
        pupils.recordLeaving(new CaseId(id), enrolment, leaving.leftOn());
        return pupils.enrolments(new CaseId(id));
    }

    @GetMapping("/sen-status")
    @Operation(summary = "A pupil's special educational needs status, current first; withheld without a grant")
    List<SenStatusRecord> senStatuses(@PathVariable UUID id) {
        return pupils.senStatuses(new CaseId(id));
    }

    @PostMapping("/sen-status")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a pupil's special educational needs status from a date (needs a sensitive-data grant)")
    List<SenStatusRecord> recordSenStatus(@PathVariable UUID id, @RequestBody SenStatusChange change) {
        pupils.recordSenStatus(new CaseId(id), change.status(), change.effectiveFrom());
        return pupils.senStatuses(new CaseId(id));
    }
}
