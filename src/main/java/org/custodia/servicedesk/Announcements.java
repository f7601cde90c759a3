package org.custodia.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Organisations;
import org.custodia.platform.Tenancy;
import org.custodia.servicedesk.Announcement.Severity;
import org.custodia.servicedesk.internal.AnnouncementRows;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service announcements: an operator posts one to every organisation or to those it chooses; their
 * users see it as a banner while it is current, and their administrators keep its history.
 */
@Component
public class Announcements {

    private final AnnouncementRows rows;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    Announcements(AnnouncementRows rows, Organisations organisations, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** An empty list of Organisation IDs means every organisation. */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public UUID post(String title, String body, Severity severity, Instant starts, Instant ends, List<String> codes) {
        Map<String, String> errors = new LinkedHashMap<>();
        SupportRequests.checkText(errors, "title", title, 120, "Enter a title");
        SupportRequests.checkText(errors, "body", body, 2000, "Enter the announcement");
        if (severity == null) {
            errors.put("severity", "Select whether it is an incident or information");
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.put("endsAt", "The end must be after the start");
        }
        List<OrganisationId> audience = new ArrayList<>();
        for (String code : codes) {
            organisations
                    .findByCode(code)
                    .filter(o -> !Organisations.PLATFORM_CODE.equalsIgnoreCase(o.code()))
                    .ifPresentOrElse(
                            o -> audience.add(o.id()),
                            () -> errors.put(
                                    "organisations",
                                    "Enter Organisation IDs that are registered: " + code + " is not"));
        }
        if (starts == null) {
            errors.putIfAbsent("startsAt", "Enter when it starts");
        }
        if (ends == null) {
            errors.putIfAbsent("endsAt", "Enter when it ends");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        rows.insert(
                id,
                Tenancy.requireActor().id().value(),
                title.strip(),
                body.strip(),
                severity,
                starts,
                ends,
                audience,
                clock.instant());
        audit.record(AuditRecord.of("servicedesk.announcement.posted", Outcome.SUCCESS)
                .about("announcement", id)
                .withDetail(audience.isEmpty() ? "everyone" : audience.size() + " organisations"));
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public List<Announcement> all() {
        return rows.all();
    }

    /** What the signed-in user's organisation is being told now: the banner on every page. */
    @Transactional(readOnly = true)
    public List<Announcement> current() {
        return Tenancy.current()
                .map(o -> rows.forOrganisation(o, clock.instant()))
                .orElse(List.of());
    }

    /** Every announcement addressed to the administrator's organisation, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    public List<Announcement> history() {
        return rows.forOrganisation(Tenancy.current().orElseThrow(), null);
    }
}
