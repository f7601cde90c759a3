package org.custodia.breaches.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.breaches.BreachHandling;
import org.custodia.breaches.BreachId;
import org.custodia.breaches.BreachSummary;
import org.custodia.breaches.BreachView;
import org.custodia.breaches.Breaches;
import org.custodia.breaches.NewBreach;
import org.custodia.breaches.NotToldReason;
import org.custodia.breaches.PeopleTold;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.Risk;
import org.custodia.identity.AccessReport;
import org.custodia.identity.AccessReportId;
import org.custodia.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/breaches")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Breaches", description = "Personal data breaches, the 72-hour ICO clock and telling the people affected")
class BreachesApi {

    private final Breaches breaches;
    private final BreachHandling handling;

    BreachesApi(Breaches breaches, BreachHandling handling) {
        this.breaches = breaches;
        this.handling = handling;
    }

    record Created(BreachId id, String reference) {}

    record Assessment(Risk risk, String reasons) {}

    record Action(LocalDate takenOn, String description) {}

    record Decision(ReportingDecision decision, String reasons) {}

    record IcoReport(Instant reportedAt, String icoReference, String lateReasons) {}

    record Told(LocalDate toldOn, String toldHow, NotToldReason notToldReason, String explanation) {}

    record Closing(String summary) {}

    @GetMapping
    @Operation(summary = "The organisation's breaches, open first, each with its 72-hour clock")
    List<BreachSummary> list() {
        return breaches.list();
    }

    @PostMapping
    @Operation(summary = "Record a breach; the 72-hour clock runs from awareAt")
    ResponseEntity<Created> record(@RequestBody NewBreach breach) {
        return created(breaches.record(required(breach)));
    }

    @GetMapping("/access-reports")
    @Operation(summary = "Reports of unexpected administrator access not yet recorded as breaches")
    List<AccessReport> accessReports() {
        return breaches.unrecordedAccessReports();
    }

    @PostMapping("/from-access-report/{reportId}")
    @Operation(summary = "Record a breach from a report of unexpected administrator access (once per report)")
    ResponseEntity<Created> fromAccessReport(@PathVariable UUID reportId) {
        return created(breaches.fromAccessReport(new AccessReportId(reportId)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Everything recorded about a breach, its clock and its history")
    BreachView breach(@PathVariable UUID id) {
        return breaches.view(new BreachId(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct or complete the breach's details")
    ResponseEntity<Void> changeDetails(@PathVariable UUID id, @RequestBody NewBreach breach) {
        breaches.changeDetails(new BreachId(id), required(breach));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assessments")
    @Operation(summary = "Assess the risk; HIGH_RISK creates the task of telling the people affected")
    ResponseEntity<Void> assess(@PathVariable UUID id, @RequestBody Assessment body) {
        handling.assess(new BreachId(id), body.risk(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Add a dated containment or recovery action")
    ResponseEntity<Void> addAction(@PathVariable UUID id, @RequestBody Action body) {
        handling.addAction(new BreachId(id), body.takenOn(), body.description());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Decide whether to report to the ICO; the latest decision stands, all are kept")
    ResponseEntity<Void> decide(@PathVariable UUID id, @RequestBody Decision body) {
        handling.decide(new BreachId(id), body.decision(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/ico-report")
    @Operation(summary = "Record the report to the ICO; after 72 hours lateReasons is required")
    ResponseEntity<Void> reportToIco(@PathVariable UUID id, @RequestBody IcoReport body) {
        handling.reportToIco(new BreachId(id), body.reportedAt(), body.icoReference(), body.lateReasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/people-told")
    @Operation(summary = "Close the task of telling the people affected: toldOn and toldHow, or an Art 34(3) reason")
    ResponseEntity<Void> peopleTold(@PathVariable UUID id, @RequestBody Told body) {
        handling.closeNotificationTask(
                new BreachId(id),
                new PeopleTold(body.toldOn(), body.toldHow(), body.notToldReason(), body.explanation()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the breach, once the reporting decision is recorded and followed")
    ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody Closing body) {
        breaches.close(new BreachId(id), body.summary());
        return ResponseEntity.noContent().build();
    }

    private static NewBreach required(NewBreach breach) {
        if (breach == null) {
            throw new InvalidInput("title", "Enter the breach's details");
        }
        return breach;
    }

    private static ResponseEntity<Created> created(BreachId id) {
        return ResponseEntity.created(URI.create("/api/v1/breaches/" + id)).body(new Created(id, id.reference()));
    }
}
