package org.custodia.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.analytics.internal.UsageWriter.Day;
import org.custodia.analytics.internal.UsageWriter.RouteKey;
import org.custodia.analytics.internal.UsageWriter.TimingKey;
import org.custodia.analytics.internal.UsageWriter.ViewKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL that adds counts to a day's rows: upserts in batches, one statement a table. */
@Component
class UsageRows {

    private final JdbcTemplate jdbc;

    UsageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row of each day, made if it is the day's first count. */
    Map<Day, UUID> days(Set<Day> days) {
        Map<Day, UUID> ids = new HashMap<>();
        for (Day day : days) {
            UUID id = jdbc.queryForObject(
                    "insert into usage_days (id, organisation_id, day) values (?, ?, ?)"
                            + " on conflict (organisation_id, day) do update set day = excluded.day returning id",
                    UUID.class,
                    UUID.randomUUID(),
                    day.organisation(),
                    day.day());
            ids.put(day, id);
        }
        return ids;
    }

    void addViews(Map<ViewKey, Integer> views, Map<Day, UUID> ids) {
        List<Object[]> batch = new ArrayList<>();
        views.forEach((key, count) -> batch.add(new Object[] {
            ids.get(key.day()),
            key.day().organisation(),
            key.hour(),
            key.method(),
            key.route(),
            key.status(),
            key.browser(),
            key.device(),
            key.referrer(),
            count
        }));
        jdbc.batchUpdate(
                "insert into page_views (day_id, organisation_id, hour, method, route, status, browser, device,"
                        + " referrer, views) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (day_id, hour, method, route, status, browser, device, referrer)"
                        + " do update set views = page_views.views + excluded.views",
                batch);
    }

    void addTimings(Map<TimingKey, Integer> timings, Map<Day, UUID> ids) {
        List<Object[]> batch = new ArrayList<>();
        timings.forEach((key, count) -> batch.add(
                new Object[] {ids.get(key.day()), key.day().organisation(), key.route(), key.bucket(), count}));
        jdbc.batchUpdate(
                "insert into page_timings (day_id, organisation_id, route, bucket, requests) values (?, ?, ?, ?, ?)"
                        + " on conflict (day_id, route, bucket)"
                        + " do update set requests = page_timings.requests + excluded.requests",
                batch);
    }

    void addSearches(Map<RouteKey, int[]> searches, Map<Day, UUID> ids) {
        List<Object[]> batch = new ArrayList<>();
        searches.forEach((key, counts) -> batch.add(
                new Object[] {ids.get(key.day()), key.day().organisation(), key.route(), counts[0], counts[1]}));
        jdbc.batchUpdate(
                "insert into search_counts (day_id, organisation_id, route, searches, failed) values (?, ?, ?, ?, ?)"
                        + " on conflict (day_id, route) do update set searches = search_counts.searches"
                        + " + excluded.searches, failed = search_counts.failed + excluded.failed",
                batch);
    }

    /** The visitors counted so far today; a count only grows, as the set it comes from does. */
    void setVisitors(Map<Day, Integer> visitors, Map<Day, UUID> ids) {
        List<Object[]> batch = new ArrayList<>();
        visitors.forEach((day, count) -> batch.add(new Object[] {count, ids.get(day)}));
        jdbc.batchUpdate("update usage_days set visitors = greatest(visitors, ?) where id = ?", batch);
    }
}
