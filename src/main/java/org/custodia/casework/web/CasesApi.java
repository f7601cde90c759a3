package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseSummary;
import org.custodia.casework.CaseTeams;
import org.custodia.casework.CaseType;
import org.custodia.casework.CaseView;
import org.custodia.casework.Cases;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.PersonId;
import org.custodia.casework.Visit;
import org.custodia.shared.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases of your teams; others only with a recorded reason (break-glass)")
class CasesApi {

    private final Cases cases;
    private final CaseTeams teams;
    private final LookedAfterChildren lookedAfter;

    CasesApi(Cases cases, CaseTeams teams, LookedAfterChildren lookedAfter) {
        this.cases = cases;
        this.teams = teams;
        this.lookedAfter = lookedAfter;
    }

    record NewCase(CaseType type, UUID childId, LocalDate openedOn) {}

    record Reason(String reason) {}

    record TeamMember(UUID userId) {}

    record Participant(UUID personId, String role) {}

    record Note(String text) {}

    record Closing(LocalDate closedOn) {}

    @GetMapping
    @Operation(summary = "Cases you can open; q finds them by reference or child's name (typos forgiven)")
    List<CaseSummary> mine(@RequestParam(defaultValue = "") String q) {
        return cases.search(q);
    }

    @PostMapping
    @Operation(summary = "Open a case about a child; you join its team")
    ResponseEntity<CaseView> open(@RequestBody NewCase request) {
        CaseId id = cases.open(
                request.type(), request.childId() == null ? null : new PersonId(request.childId()), request.openedOn());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(cases.view(id, "recording"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case; 403 with the reason to give if you are not on its team")
    CaseView view(@PathVariable UUID id, @RequestParam(defaultValue = "casework") String purpose) {
        return cases.view(new CaseId(id), purpose);
    }

    @PostMapping("/{id}/break-glass")
    @Operation(summary = "Open a case outside your teams, giving a reason (audited, reviewed by the DPOs)")
    CaseView breakGlass(@PathVariable UUID id, @RequestBody Reason reason) {
        teams.breakGlass(new CaseId(id), reason.reason());
        return cases.view(new CaseId(id), "break-glass");
    }

    @PostMapping("/{id}/team")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a practitioner to the case team")
    void addToTeam(@PathVariable UUID id, @RequestBody TeamMember member) {
        teams.addToTeam(new CaseId(id), new UserId(member.userId()));
    }

    @PostMapping("/{id}/participants")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a person to the case, with their role")
    void addParticipant(@PathVariable UUID id, @RequestBody Participant participant) {
        teams.addParticipant(new CaseId(id), new PersonId(participant.personId()), participant.role());
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a case note (stored encrypted)")
    void addNote(@PathVariable UUID id, @RequestBody Note note) {
        cases.addNote(new CaseId(id), note.text());
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the case")
    void close(@PathVariable UUID id, @RequestBody Closing closing) {
        cases.close(new CaseId(id), closing.closedOn());
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "Statutory visits (looked-after children); summaries withheld without a grant")
    List<Visit> visits(@PathVariable UUID id) {
        return lookedAfter.visits(new CaseId(id));
    }

    @PostMapping("/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a statutory visit")
    List<Visit> recordVisit(@PathVariable UUID id, @RequestBody Visit visit) {
        lookedAfter.recordVisit(new CaseId(id), visit);
        return lookedAfter.visits(new CaseId(id));
    }

    @GetMapping("/{id}/attendance")
    @Operation(summary = "Attendance marks for a month (YYYY-MM), AM and PM sessions")
    List<AttendanceMark> attendance(@PathVariable UUID id, @RequestParam YearMonth month) {
        return lookedAfter.attendance(new CaseId(id), month);
    }

    @PostMapping("/{id}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record (or correct) one session's attendance mark")
    void recordAttendance(@PathVariable UUID id, @RequestBody AttendanceMark mark) {
        lookedAfter.recordAttendance(new CaseId(id), mark);
    }
}
