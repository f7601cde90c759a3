package org.custodia.breaches;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.breaches.internal.BreachEntries;
import org.custodia.breaches.internal.BreachRows;
import org.custodia.breaches.internal.BreachRules;
import org.custodia.breaches.internal.BreachViews;
import org.custodia.breaches.internal.ReportingClocks;
import org.custodia.identity.AccessReport;
import org.custodia.identity.AccessReportId;
import org.custodia.identity.AdministratorAccessReports;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's record of personal data breaches (Art 33(5)), kept by its DPOs: recording a
 * breach, reading it with its 72-hour clock, and closing it. Another organisation's breach is not found.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class Breaches {

    private final BreachRows rows;
    private final BreachEntries entries;
    private final BreachViews views;
    private final AdministratorAccessReports accessReports;
    private final AuditTrail audit;
    private final Clock clock;

    Breaches(
            BreachRows rows,
            BreachEntries entries,
            BreachViews views,
            AdministratorAccessReports accessReports,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.entries = entries;
        this.views = views;
        this.accessReports = accessReports;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BreachId record(NewBreach breach) {
        BreachRules.check(breach, clock.instant());
        BreachId id = BreachId.random();
        insert(id, breach, null, "Breach recorded");
        audit.record(AuditRecord.of("breach.recorded", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail("nature: " + breach.nature()));
        return id;
    }

    /** Turns a report of unexpected administrator access into a breach record, once per report. */
    @Transactional
    public BreachId fromAccessReport(AccessReportId reportId) {
        // Refused before anything is read or written, so a refused conversion leaves no trace but its refusal.
        rows.fromAccessReport(reportId.value()).ifPresent(existing -> {
            audit.recordRefusal(AuditRecord.of("breach.recorded-from-access-report", Outcome.FAILURE)
                    .about("access-report", reportId)
                    .withDetail("already recorded as " + existing.reference()));
            throw new InvalidInput("accessReport", "This report is already recorded as breach " + existing.reference());
        });
        AccessReport report = accessReports.find(reportId);
        BreachId id = BreachId.random();
        insert(
                id,
                prefilled(report),
                report.id().value(),
                "Breach recorded from a report of unexpected administrator access");
        audit.record(AuditRecord.of("breach.recorded-from-access-report", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail("access report: " + reportId));
        return id;
    }

    /** Corrects or completes what is known of the breach; the history shows that it changed. */
    @Transactional
    public void changeDetails(BreachId id, NewBreach breach) {
        var row = rows.lock(id).orElseThrow(() -> new NotFound("Breach"));
        if (row.status() == BreachStatus.CLOSED) {
            throw new InvalidInput("title", "This breach is closed: its details can no longer be changed");
        }
        BreachRules.check(breach, clock.instant());
        rows.updateDetails(id, breach);
        String entry = row.details().awareAt().equals(breach.awareAt())
                ? "Details changed"
                : "Details changed, including when the organisation became aware (the 72-hour clock moved)";
        history(id, entry);
        audit.record(AuditRecord.of("breach.details-changed", Outcome.SUCCESS)
                .about("breach", id)
                .withDetail(row.details().awareAt().equals(breach.awareAt()) ? null : "awareness changed"));
    }

    @Transactional
    public List<BreachSummary> list() {
        Instant now = clock.instant();
        Map<BreachId, ReportingDecision> decisions = entries.currentDecisions();
        List<BreachSummary> list = rows.all().stream()
                .map(b -> new BreachSummary(
                        b.id(),
                        b.reference(),
                        b.details().title(),
                        b.details().awareAt(),
                        b.status(),
                        ReportingClocks.of(b, decisions.get(b.id()), now)))
                .toList();
        audit.record(AuditRecord.of("breach.listed", Outcome.SUCCESS).withDetail("breaches shown: " + list.size()));
        return list;
    }

    /** Reports of unexpected administrator access not yet recorded as breaches, newest first. */
    @Transactional
    public List<AccessReport> unrecordedAccessReports() {
        Set<java.util.UUID> recorded = rows.accessReportIds();
        return accessReports.recent().stream()
                .filter(report -> !recorded.contains(report.id().value()))
                .toList();
    }

    @Transactional
    public BreachView view(BreachId id) {
        BreachView view = views.of(rows.find(id).orElseThrow(() -> new NotFound("Breach")), clock.instant());
        audit.record(AuditRecord.of("breach.viewed", Outcome.SUCCESS).about("breach", id));
        return view;
    }

    /**
     * Closes the breach. Only once the reporting decision is recorded and followed: reported if the
     * decision was to report, and the people affected told (or the reason they were not recorded).
     */
    @Transactional
    public void close(BreachId id, String summary) {
        var row = rows.lock(id).orElseThrow(() -> new NotFound("Breach"));
        BreachView view = views.of(row, clock.instant());
        if (!view.open()) {
            throw new InvalidInput("summary", "This breach is already closed");
        }
        if (view.currentDecision() == null) {
            throw new InvalidInput(
                    "summary", "Record the decision whether to report the breach to the ICO before closing it");
        }
        if (view.currentDecision().decision() == ReportingDecision.REPORT && view.icoReport() == null) {
            throw new InvalidInput("summary", "Record the report to the ICO before closing the breach");
        }
        if (view.notificationTask() != null && view.notificationTask().open()) {
            throw new InvalidInput("summary", "Record whether the people affected were told before closing the breach");
        }
        String text = BreachRules.required(
                "summary", "a closing summary: the outcome and what was learnt", summary, BreachRules.LONG_TEXT);
        Actor actor = Tenancy.requireActor();
        rows.close(id, text, actor.id(), clock.instant());
        history(id, "Breach closed");
        audit.record(AuditRecord.of("breach.closed", Outcome.SUCCESS).about("breach", id));
    }

    private void insert(BreachId id, NewBreach breach, java.util.UUID accessReport, String entry) {
        Actor actor = Tenancy.requireActor();
        rows.insert(id, actor.organisation(), breach, accessReport, actor.id(), clock.instant());
        history(id, entry);
    }

    private void history(BreachId id, String entry) {
        Actor actor = Tenancy.requireActor();
        entries.addHistory(actor.organisation(), id, entry, actor.id(), clock.instant());
    }

    private NewBreach prefilled(AccessReport report) {
        String explanation =
                report.explanation() == null ? "(no explanation given)" : "\"" + report.explanation() + "\"";
        return new NewBreach(
                "Administrator access reported as not needed",
                "A user reported through Custodia having administrator access they should not have"
                        + " (access report " + report.id() + ", made by " + report.reporterName()
                        + "). Their explanation: "
                        + explanation + ". Check what the access allowed them to see or change, and since when.",
                Occurrence.notKnown(),
                report.reportedAt(),
                "Reported by the user themselves through Custodia (\"administrator access I should not have\")",
                Set.of(),
                false,
                false,
                null,
                null,
                Set.of(),
                Set.of(BreachNature.CONFIDENTIALITY));
    }
}
