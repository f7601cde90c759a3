package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.PepMeeting;
import org.custodia.casework.Placement;
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
@Tag(name = "Looked-after children", description = "Placements and personal education plan meetings")
class LookedAfterChildrenApi {

    private final LookedAfterChildren lookedAfter;

    LookedAfterChildrenApi(LookedAfterChildren lookedAfter) {
        this.lookedAfter = lookedAfter;
    }

    @GetMapping("/placements")
    @Operation(summary = "A looked-after child's placements, newest first")
    List<Placement> placements(@PathVariable UUID id) {
        return lookedAfter.placements(new CaseId(id));
    }

    @PostMapping("/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a placement; one starting after the current placement began ends that one")
    List<Placement> recordPlacement(@PathVariable UUID id, @RequestBody Placement placement) {
        lookedAfter.recordPlacement(new CaseId(id), placement);
        return lookedAfter.placements(new CaseId(id));
    }

    @GetMapping("/pep-meetings")
    @Operation(summary = "Personal education plan meetings, newest first; notes withheld without a grant")
    List<PepMeeting> pepMeetings(@PathVariable UUID id) {
        return lookedAfter.pepMeetings(new CaseId(id));
    }

    @PostMapping("/pep-meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a personal education plan meeting (notes stored encrypted)")
    List<PepMeeting> recordPepMeeting(@PathVariable UUID id, @RequestBody PepMeeting meeting) {
        lookedAfter.recordPepMeeting(new CaseId(id), meeting);
        return lookedAfter.pepMeetings(new CaseId(id));
    }
}
