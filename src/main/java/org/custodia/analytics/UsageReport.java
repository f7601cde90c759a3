package org.custodia.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Usage over a period, every count already through {@link SmallNumbers}: what a dashboard shows and an
 * export writes, for the whole platform, one organisation, or each organisation in a list.
 *
 * @param scope "the whole platform" or the organisation's name
 * @param organisations one line per organisation: only on the operator's platform report
 * @param dropped visits lost because the recorder's queue was full (this node, since it started)
 */
public record UsageReport(
        String scope,
        LocalDate from,
        LocalDate to,
        SmallNumbers views,
        SmallNumbers visitorDays,
        List<DayUsage> days,
        List<RouteUsage> routes,
        List<RouteSpeed> speeds,
        List<Share> browsers,
        List<Share> devices,
        List<OrganisationUsage> organisations,
        long dropped) {

    public record DayUsage(LocalDate day, SmallNumbers views, SmallNumbers visitors) {}

    public record RouteUsage(
            String method, String route, SmallNumbers views, SmallNumbers searches, SmallNumbers failed) {}

    /** Percentiles in milliseconds, each the upper bound of its histogram bucket; null under 5 requests. */
    public record RouteSpeed(String route, SmallNumbers requests, Double p50, Double p90, Double p99) {}

    public record Share(String name, SmallNumbers views) {}

    public record OrganisationUsage(String id, String name, SmallNumbers views, SmallNumbers visitorDays) {}
}
