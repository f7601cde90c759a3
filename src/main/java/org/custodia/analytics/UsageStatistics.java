package org.custodia.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custodia.analytics.internal.UsageQueries;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' one question each: the operator sees the whole platform's usage and each
 * organisation's (its name and counts, never its data); an organisation's administrators see their
 * own organisation's only. Every view and export is audited.
 */
@Component
public class UsageStatistics {

    /** The periods a dashboard offers, in days up to today. */
    public static final Set<Integer> PERIODS = Set.of(7, 30, 90);

    private final UsageQueries queries;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    UsageStatistics(UsageQueries queries, Organisations organisations, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole platform, with a line for each organisation. */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public UsageReport platform(int days, boolean export) {
        LocalDate from = from(days);
        List<Organisation> all = organisations.all();
        UsageReport report = queries.report("the whole platform", null, from, today(), all);
        audited("analytics.platform-usage-" + use(export), "platform", days);
        return report;
    }

    /** One organisation's usage, as the operator sees it. */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    public UsageReport organisation(OrganisationId organisation, int days, boolean export) {
        Organisation named = organisations.find(organisation).orElseThrow(() -> new NotFound("Organisation"));
        UsageReport report = queries.report(named.name(), organisation, from(days), today(), List.of());
        audited("analytics.organisation-usage-" + use(export), organisation.toString(), days);
        return report;
    }

    /** The signed-in administrator's own organisation; row-level security admits no other's rows. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
    public UsageReport own(int days, boolean export) {
        OrganisationId own = Tenancy.current().orElseThrow();
        UsageReport report = queries.report(organisations.current().name(), own, from(days), today(), List.of());
        audited("analytics.own-usage-" + use(export), own.toString(), days);
        return report;
    }

    private void audited(String action, String scope, int days) {
        audit.record(AuditRecord.of(action, Outcome.SUCCESS)
                .about("usage-statistics", scope)
                .withDetail("last " + days + " days"));
    }

    private static String use(boolean export) {
        return export ? "exported" : "viewed";
    }

    private LocalDate from(int days) {
        if (!PERIODS.contains(days)) {
            throw new InvalidInput("days", "Choose 7, 30 or 90 days");
        }
        return today().minusDays(days - 1L);
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }
}
