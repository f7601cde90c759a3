package org.custodia.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a batch of visits into counts and adds them to the day's rows in one transaction. The user
 * agent is parsed here and dropped; visitor hashes are held, per day, only to count them, and a day's
 * are forgotten once the day is over.
 */
@Component
class UsageWriter {

    record Day(UUID organisation, LocalDate day) {}

    record ViewKey(
            Day day,
            int hour,
            String method,
            String route,
            int status,
            String browser,
            String device,
            String referrer) {}

    record RouteKey(Day day, String route) {}

    record TimingKey(Day day, String route, int bucket) {}

    private final UsageRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Browsers browsers = new Browsers();
    private final Map<Day, Set<String>> visitors = new HashMap<>();

    UsageWriter(UsageRows rows, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Called by one thread at a time (the buffer's flush is synchronized). */
    void write(List<Visit> visits) {
        Map<ViewKey, Integer> views = new HashMap<>();
        Map<TimingKey, Integer> timings = new HashMap<>();
        Map<RouteKey, int[]> searches = new HashMap<>();
        Set<Day> days = new HashSet<>();
        for (Visit visit : visits) {
            ZonedDateTime at = visit.at().atZone(UkCalendar.ZONE);
            Day day = new Day(visit.organisation(), at.toLocalDate());
            days.add(day);
            Browsers.Kind kind = browsers.of(visit.userAgent());
            views.merge(
                    new ViewKey(
                            day,
                            at.getHour(),
                            visit.method(),
                            visit.route(),
                            visit.status(),
                            kind.browser(),
                            kind.device(),
                            visit.referrer()),
                    1,
                    Integer::sum);
            timings.merge(new TimingKey(day, visit.route(), Latency.bucket(visit.nanos())), 1, Integer::sum);
            if (visit.searchFound() != null) {
                int[] counts = searches.computeIfAbsent(new RouteKey(day, visit.route()), key -> new int[2]);
                counts[0]++;
                counts[1] += visit.searchFound() ? 0 : 1;
            }
            if (visit.visitor() != null) {
                visitors.computeIfAbsent(day, key -> new HashSet<>()).add(visit.visitor());
            }
        }
        if (!days.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                Map<Day, UUID> ids = rows.days(days);
                rows.addViews(views, ids);
                rows.addTimings(timings, ids);
                rows.addSearches(searches, ids);
                Map<Day, Integer> unique = new HashMap<>();
                days.forEach(day ->
                        unique.put(day, visitors.getOrDefault(day, Set.of()).size()));
                rows.setVisitors(unique, ids);
            });
        }
        LocalDate today = UkCalendar.today(clock);
        visitors.keySet().removeIf(day -> day.day().isBefore(today));
    }
}
