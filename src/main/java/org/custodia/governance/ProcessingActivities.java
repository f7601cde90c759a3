package org.custodia.governance;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseType;
import org.custodia.governance.internal.ActivityRows;
import org.custodia.governance.internal.ActivityRules;
import org.custodia.governance.internal.DpiaRows;
import org.custodia.governance.internal.ReadyMadeActivities;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's record of processing (UK GDPR Art 30), kept by its data protection officer:
 * activities with their lawful bases and conditions, each kind of case linked to the activity that
 * covers it, and ready-made activities to adopt. High-risk processing goes live only with a signed DPIA.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class ProcessingActivities {

    private final ActivityRows rows;
    private final DpiaRows dpias;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessingActivities(ActivityRows rows, DpiaRows dpias, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.dpias = dpias;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<ProcessingActivity> all() {
        List<ProcessingActivity> all = rows.all();
        audit.record(
                AuditRecord.of("processing-activity.listed", Outcome.SUCCESS).withDetail("count: " + all.size()));
        return all;
    }

    @Transactional
    public ProcessingActivity get(ProcessingActivityId id) {
        ProcessingActivity activity = require(id);
        audit.record(
                AuditRecord.of("processing-activity.viewed", Outcome.SUCCESS).about("processing-activity", id));
        return activity;
    }

    /** The ready-made activities this organisation has not adopted yet. */
    @Transactional(readOnly = true)
    public List<ActivityTemplate> templatesToAdopt() {
        Set<String> adopted = rows.adoptedTemplates();
        return ReadyMadeActivities.all().stream()
                .filter(t -> !adopted.contains(t.code()))
                .toList();
    }

    @Transactional
    public ProcessingActivityId create(ActivityDetails details) {
        check(details, null);
        Actor actor = Tenancy.requireActor();
        ProcessingActivityId id = ProcessingActivityId.random();
        rows.insert(id, actor.organisation(), details, null, actor.id(), clock.instant());
        audit.record(
                AuditRecord.of("processing-activity.created", Outcome.SUCCESS).about("processing-activity", id));
        return id;
    }

    /** Copies a ready-made activity into the organisation as an editable draft linked to its case type. */
    @Transactional
    public ProcessingActivityId adopt(String templateCode) {
        ActivityTemplate template = ReadyMadeActivities.find(templateCode)
                .orElseThrow(() -> new InvalidInput("template", "Choose one of the ready-made activities"));
        if (rows.adoptedTemplates().contains(template.code())) {
            throw new InvalidInput(
                    "template",
                    "You have already adopted \u201c" + template.details().name() + "\u201d");
        }
        check(template.details(), null);
        Actor actor = Tenancy.requireActor();
        ProcessingActivityId id = ProcessingActivityId.random();
        rows.insert(id, actor.organisation(), template.details(), template.code(), actor.id(), clock.instant());
        audit.record(AuditRecord.of("processing-activity.adopted", Outcome.SUCCESS)
                .about("processing-activity", id)
                .withDetail(template.code()));
        return id;
    }

    /** Edits an activity; a live one stays live only if it still may (a signed DPIA where high risk). */
    @Transactional
    public void update(ProcessingActivityId id, ActivityDetails details) {
        ProcessingActivity current = require(id);
        check(details, id);
        Actor actor = Tenancy.requireActor();
        rows.update(id, actor.organisation(), details, actor.id(), clock.instant());
        if (current.status() == ActivityStatus.LIVE) {
            requireReadyToGoLive(require(id));
        }
        audit.record(
                AuditRecord.of("processing-activity.updated", Outcome.SUCCESS).about("processing-activity", id));
    }

    @Transactional
    public void goLive(ProcessingActivityId id) {
        ProcessingActivity activity = require(id);
        try {
            requireReadyToGoLive(activity);
        } catch (InvalidInput refused) {
            audit.recordRefusal(AuditRecord.of("processing-activity.went-live", Outcome.DENIED)
                    .about("processing-activity", id)
                    .withDetail("no signed-off DPIA"));
            throw refused;
        }
        Actor actor = Tenancy.requireActor();
        rows.setStatus(id, ActivityStatus.LIVE, actor.id(), clock.instant());
        audit.record(
                AuditRecord.of("processing-activity.went-live", Outcome.SUCCESS).about("processing-activity", id));
    }

    @Transactional
    public void returnToDraft(ProcessingActivityId id) {
        require(id);
        rows.setStatus(id, ActivityStatus.DRAFT, Tenancy.requireActor().id(), clock.instant());
        audit.record(AuditRecord.of("processing-activity.returned-to-draft", Outcome.SUCCESS)
                .about("processing-activity", id));
    }

    private ProcessingActivity require(ProcessingActivityId id) {
        return rows.find(id).orElseThrow(() -> new NotFound("Processing activity"));
    }

    private static void requireReadyToGoLive(ProcessingActivity activity) {
        if (!activity.readyToGoLive()) {
            throw new InvalidInput(
                    "dpia",
                    activity.dpiaTitle() == null
                            ? "This activity is high-risk processing: link a DPIA and have the data protection"
                                    + " officer sign it off before it goes live"
                            : "This activity is high-risk processing: the DPIA \u201c" + activity.dpiaTitle()
                                    + "\u201d must be signed off before it goes live");
        }
    }

    private void check(ActivityDetails details, ProcessingActivityId self) {
        ActivityRules.check(details);
        if (details.dpia() != null && dpias.status(details.dpia()).isEmpty()) {
            throw new InvalidInput("dpia", "Select one of this organisation's DPIAs");
        }
        for (CaseType type : details.caseTypes()) {
            Optional<ProcessingActivityId> covering = rows.activityFor(type);
            if (covering.isPresent() && !covering.get().equals(self)) {
                String other =
                        rows.find(covering.get()).map(a -> a.details().name()).orElse("another activity");
                throw new InvalidInput(
                        "caseTypes",
                        type.label() + " cases are already covered by \u201c" + other
                                + "\u201d: each kind of case is linked to one activity");
            }
        }
    }
}
