package org.custodia.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.ChildDeathAnalyses;
import org.custodia.casework.ChildDeathReview;
import org.custodia.casework.ChildDeathReviews;
import org.custodia.casework.DeathAnalysis;
import org.custodia.casework.DeathNotification;
import org.custodia.casework.InvolvedAgency;
import org.custodia.casework.NcmdSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/child-death-review")
@Tag(name = "Child death reviews", description = "Notification, agencies and their forms, analysis, NCMD submission")
class ChildDeathReviewsApi {

    private final ChildDeathReviews reviews;
    private final ChildDeathAnalyses analyses;

    ChildDeathReviewsApi(ChildDeathReviews reviews, ChildDeathAnalyses analyses) {
        this.reviews = reviews;
        this.analyses = analyses;
    }

    record NewAgency(String name) {}

    @GetMapping
    @Operation(summary = "Everything recorded on the review; free text withheld without a grant")
    ChildDeathReview review(@PathVariable UUID id) {
        return reviews.review(new CaseId(id));
    }

    @PostMapping("/notification")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the notification of the death; it sets the child's date of death if none is recorded")
    ChildDeathReview recordNotification(@PathVariable UUID id, @RequestBody DeathNotification notification) {
        reviews.recordNotification(new CaseId(id), notification);
        return reviews.review(new CaseId(id));
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an agency involved with the child")
    ChildDeathReview addAgency(@PathVariable UUID id, @RequestBody NewAgency agency) {
        reviews.addAgency(new CaseId(id), agency.name());
        return reviews.review(new CaseId(id));
    }

    @PostMapping("/agencies/{agency}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an agency's reporting form (content stored encrypted)")
    ChildDeathReview recordReport(
            @PathVariable UUID id, @PathVariable UUID agency, @RequestBody InvolvedAgency.Report report) {
        reviews.recordAgencyReport(new CaseId(id), agency, report);
        return reviews.review(new CaseId(id));
    }

    @PutMapping("/analysis")
    @Operation(summary = "Record or revise the panel's analysis (not while it is with the NCMD)")
    ChildDeathReview recordAnalysis(@PathVariable UUID id, @RequestBody DeathAnalysis analysis) {
        analyses.recordAnalysis(new CaseId(id), analysis);
        return reviews.review(new CaseId(id));
    }

    @PostMapping("/ncmd-submission")
    @Operation(summary = "Record the analysis submitted to, accepted by or returned by the NCMD, and when")
    ChildDeathReview recordSubmission(@PathVariable UUID id, @RequestBody NcmdSubmission.Change change) {
        analyses.recordSubmission(new CaseId(id), change);
        return reviews.review(new CaseId(id));
    }
}
