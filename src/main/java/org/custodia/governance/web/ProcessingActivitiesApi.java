package org.custodia.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.casework.CaseType;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.ActivityTemplate;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.DpiaId;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.ProcessingActivities;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.ProcessingActivityId;
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
@RequestMapping("/api/v1/processing-activities")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Record of processing", description = "Processing activities (UK GDPR Art 30), for the DPO")
class ProcessingActivitiesApi {

    private final ProcessingActivities activities;

    ProcessingActivitiesApi(ProcessingActivities activities) {
        this.activities = activities;
    }

    /** An activity as sent: the DPIA by its id. */
    record ActivityRequest(
            String name,
            String description,
            String purposes,
            String dataSubjects,
            String personalData,
            LawfulBasis lawfulBasis,
            String legalProvision,
            Set<Art9Condition> art9Conditions,
            Art10Condition art10Condition,
            String recipients,
            String retention,
            String internationalTransfers,
            boolean automatedDecisions,
            String automatedDecisionsDescription,
            boolean highRisk,
            UUID dpiaId,
            Set<CaseType> caseTypes) {

        ActivityDetails details() {
            return new ActivityDetails(
                    name,
                    description,
                    purposes,
                    dataSubjects,
                    personalData,
                    lawfulBasis,
                    legalProvision,
                    art9Conditions,
                    art10Condition,
                    recipients,
                    retention,
                    internationalTransfers,
                    automatedDecisions,
                    automatedDecisionsDescription,
                    highRisk,
                    dpiaId == null ? null : new DpiaId(dpiaId),
                    caseTypes);
        }
    }

    record AdoptRequest(String template) {}

    @GetMapping
    @Operation(summary = "The organisation's processing activities")
    List<ProcessingActivity> all() {
        return activities.all();
    }

    @GetMapping("/templates")
    @Operation(summary = "Ready-made activities not adopted yet")
    List<ActivityTemplate> templates() {
        return activities.templatesToAdopt();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a processing activity, as a draft")
    ProcessingActivity create(@RequestBody ActivityRequest request) {
        return activities.get(activities.create(request.details()));
    }

    @PostMapping("/adopt")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adopt a ready-made activity as an editable draft linked to its case type")
    ProcessingActivity adopt(@RequestBody AdoptRequest request) {
        return activities.get(activities.adopt(request.template()));
    }

    @GetMapping("/{id}")
    ProcessingActivity get(@PathVariable UUID id) {
        return activities.get(new ProcessingActivityId(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an activity's details; a live activity must still be ready to be live")
    ProcessingActivity update(@PathVariable UUID id, @RequestBody ActivityRequest request) {
        activities.update(new ProcessingActivityId(id), request.details());
        return activities.get(new ProcessingActivityId(id));
    }

    @PostMapping("/{id}/go-live")
    @Operation(summary = "Make an activity live; high-risk processing needs a signed-off DPIA")
    ProcessingActivity goLive(@PathVariable UUID id) {
        activities.goLive(new ProcessingActivityId(id));
        return activities.get(new ProcessingActivityId(id));
    }

    @PostMapping("/{id}/draft")
    @Operation(summary = "Return a live activity to draft")
    ProcessingActivity returnToDraft(@PathVariable UUID id) {
        activities.returnToDraft(new ProcessingActivityId(id));
        return activities.get(new ProcessingActivityId(id));
    }
}
