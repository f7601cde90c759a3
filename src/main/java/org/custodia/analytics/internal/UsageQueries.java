package org.custodia.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.analytics.SmallNumbers;
import org.custodia.analytics.UsageReport;
import org.custodia.analytics.UsageReport.DayUsage;
import org.custodia.analytics.UsageReport.OrganisationUsage;
import org.custodia.analytics.UsageReport.RouteSpeed;
import org.custodia.analytics.UsageReport.RouteUsage;
import org.custodia.analytics.UsageReport.Share;
import org.custodia.identity.Organisation;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the counts back for a report. The SQL adds counts up; {@link SmallNumbers} suppresses small
 * ones here, once, so that no page or export can show a raw small count.
 */
@Component
public class UsageQueries {

    private final JdbcTemplate jdbc;
    private final VisitBuffer buffer;

    UsageQueries(JdbcTemplate jdbc, VisitBuffer buffer) {
        this.jdbc = jdbc;
        this.buffer = buffer;
    }

    /** {@code organisation} null for the whole platform; {@code listed} the organisations to give a line each. */
    public UsageReport report(
            String scope, OrganisationId organisation, LocalDate from, LocalDate to, List<Organisation> listed) {
        Scope where = new Scope(organisation, from, to);
        Map<LocalDate, long[]> byDay = new HashMap<>();
        jdbc.query(
                "select d.day, sum(d.visitors) as visitors, coalesce(sum(pv.total), 0) as views from usage_days d"
                        + " left join (select day_id, sum(views) as total from page_views group by day_id) pv"
                        + " on pv.day_id = d.id where " + where.sql() + " group by d.day",
                rs -> {
                    byDay.put(
                            rs.getObject("day", LocalDate.class),
                            new long[] {rs.getLong("views"), rs.getLong("visitors")});
                },
                where.args());
        List<DayUsage> days = new ArrayList<>();
        long views = 0;
        long visitors = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] counts = byDay.getOrDefault(day, new long[2]);
            views += counts[0];
            visitors += counts[1];
            days.add(new DayUsage(day, SmallNumbers.of(counts[0]), SmallNumbers.of(counts[1])));
        }
        return new UsageReport(
                scope,
                from,
                to,
                SmallNumbers.of(views),
                SmallNumbers.of(visitors),
                days,
                routes(where),
                speeds(where),
                shares("browser", where),
                shares("device", where),
                organisations(where, listed),
                organisation == null ? buffer.dropped() : 0);
    }

    private List<RouteUsage> routes(Scope where) {
        Map<String, long[]> searches = new HashMap<>();
        jdbc.query(
                "select s.route, sum(s.searches) as searches, sum(s.failed) as failed from search_counts s"
                        + " join usage_days d on d.id = s.day_id where " + where.sql() + " group by s.route",
                rs -> {
                    searches.put(rs.getString("route"), new long[] {rs.getLong("searches"), rs.getLong("failed")});
                },
                where.args());
        return jdbc.query(
                "select v.method, v.route, sum(v.views) as views from page_views v join usage_days d on d.id = v.day_id"
                        + " where " + where.sql() + " group by v.method, v.route order by views desc, v.route",
                (rs, row) -> {
                    String route = rs.getString("route");
                    boolean get = rs.getString("method").equals("GET");
                    long[] counted = get ? searches.getOrDefault(route, new long[2]) : new long[2];
                    return new RouteUsage(
                            rs.getString("method"),
                            route,
                            SmallNumbers.of(rs.getLong("views")),
                            SmallNumbers.of(counted[0]),
                            SmallNumbers.of(counted[1]));
                },
                where.args());
    }

    private List<RouteSpeed> speeds(Scope where) {
        Map<String, long[]> histograms = new LinkedHashMap<>();
        jdbc.query(
                "select t.route, t.bucket, sum(t.requests) as requests from page_timings t"
                        + " join usage_days d on d.id = t.day_id where " + where.sql()
                        + " group by t.route, t.bucket order by t.route",
                rs -> {
                    histograms
                                    .computeIfAbsent(rs.getString("route"), r -> new long[Latency.BUCKETS])[
                                    rs.getInt("bucket")] +=
                            rs.getLong("requests");
                },
                where.args());
        List<RouteSpeed> speeds = new ArrayList<>();
        histograms.forEach((route, histogram) -> speeds.add(Percentiles.of(route, histogram)));
        return speeds;
    }

    private List<Share> shares(String column, Scope where) {
        return jdbc.query(
                "select v." + column + " as name, sum(v.views) as views from page_views v"
                        + " join usage_days d on d.id = v.day_id where " + where.sql()
                        + " group by v." + column + " order by views desc, name",
                (rs, row) -> new Share(rs.getString("name"), SmallNumbers.of(rs.getLong("views"))),
                where.args());
    }

    private List<OrganisationUsage> organisations(Scope where, List<Organisation> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        Map<UUID, long[]> counts = new HashMap<>();
        jdbc.query(
                "select d.organisation_id, sum(d.visitors) as visitors, coalesce(sum(pv.total), 0) as views"
                        + " from usage_days d left join (select day_id, sum(views) as total from page_views"
                        + " group by day_id) pv on pv.day_id = d.id where " + where.sql()
                        + " and d.organisation_id is not null group by d.organisation_id",
                rs -> {
                    counts.put(
                            rs.getObject("organisation_id", UUID.class),
                            new long[] {rs.getLong("views"), rs.getLong("visitors")});
                },
                where.args());
        return listed.stream()
                .map(o -> {
                    long[] c = counts.getOrDefault(o.id().value(), new long[2]);
                    return new OrganisationUsage(
                            o.id().toString(), o.name(), SmallNumbers.of(c[0]), SmallNumbers.of(c[1]));
                })
                .toList();
    }

    /** The rows of the period, of one organisation or (null) all. */
    private record Scope(OrganisationId organisation, LocalDate from, LocalDate to) {

        String sql() {
            return "d.day between ? and ?" + (organisation == null ? "" : " and d.organisation_id = ?");
        }

        Object[] args() {
            return organisation == null ? new Object[] {from, to} : new Object[] {from, to, organisation.value()};
        }
    }
}
