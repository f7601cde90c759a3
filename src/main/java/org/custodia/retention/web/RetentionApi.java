package org.custodia.retention.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custodia.retention.DisposalCertificate;
import org.custodia.retention.DisposalRun;
import org.custodia.retention.Disposals;
import org.custodia.retention.LegalHold;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.NewHold;
import org.custodia.retention.RetentionReview;
import org.custodia.retention.RetentionReviews;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.RetentionSchedule;
import org.custodia.retention.ReviewDecision;
import org.custodia.retention.RuleChange;
import org.custodia.retention.UnruledRecords;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Retention", description = "Retention schedule, legal holds, review list and disposal runs")
class RetentionApi {

    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final RetentionReviews reviews;
    private final Disposals disposals;

    RetentionApi(RetentionSchedule schedule, LegalHolds holds, RetentionReviews reviews, Disposals disposals) {
        this.schedule = schedule;
        this.holds = holds;
        this.reviews = reviews;
        this.disposals = disposals;
    }

    record Schedule(boolean adopted, List<RetentionRule> rules, List<UnruledRecords> unruled) {}

    record Created(UUID id) {}

    record Lifting(String reason) {}

    @GetMapping("/schedule")
    Schedule schedule() {
        return new Schedule(schedule.adopted(), schedule.rules(), disposals.unruled());
    }

    @PostMapping("/schedule/adoption")
    @ResponseStatus(HttpStatus.CREATED)
    Schedule adopt() {
        schedule.adoptReadyMade();
        return schedule();
    }

    @PutMapping("/schedule/rules/{kind}")
    RetentionRule changeRule(@PathVariable String kind, @RequestBody RuleChange change) {
        return schedule.change(RetentionPages.kind(kind), change);
    }

    @GetMapping("/holds")
    List<LegalHold> holds() {
        return holds.list();
    }

    @PostMapping("/holds")
    @ResponseStatus(HttpStatus.CREATED)
    Created placeHold(@RequestBody NewHold hold) {
        return new Created(holds.place(hold));
    }

    @GetMapping("/holds/{id}")
    LegalHold hold(@PathVariable UUID id) {
        return holds.get(id);
    }

    @PostMapping("/holds/{id}/lifting")
    LegalHold liftHold(@PathVariable UUID id, @RequestBody Lifting lifting) {
        holds.lift(id, lifting.reason());
        return holds.get(id);
    }

    @GetMapping("/reviews")
    List<RetentionReview> reviews() {
        return reviews.open();
    }

    @GetMapping("/reviews/{id}")
    RetentionReview review(@PathVariable UUID id) {
        return reviews.get(id);
    }

    @PostMapping("/reviews/{id}/decision")
    RetentionReview decide(@PathVariable UUID id, @RequestBody ReviewDecision decision) {
        reviews.decide(id, decision);
        return reviews.get(id);
    }

    @GetMapping("/runs")
    List<DisposalRun> runs() {
        return disposals.runs();
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Created startRun() {
        return new Created(disposals.start());
    }

    @GetMapping("/runs/{id}")
    DisposalCertificate run(@PathVariable UUID id) {
        return disposals.certificate(id);
    }
}
