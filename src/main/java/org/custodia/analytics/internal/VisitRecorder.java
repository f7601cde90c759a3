package org.custodia.analytics.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.custodia.analytics.CountingRefusal;
import org.custodia.analytics.Searches;
import org.custodia.platform.HttpSecurityContribution;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records each request after its response is produced: the route template Spring MVC matched
 * ({@code /people/{id}}, never the path, the query string or a search term), the status, the time
 * taken, the referrer's domain, and the raw user agent for the writer to reduce to a browser family.
 * It runs in the security chain, after the signed-in user is known, so that their organisation (never
 * they) is kept. A browser that objected (cookie choice, Global Privacy Control) is not counted.
 */
@Component
class VisitRecorder implements HttpSecurityContribution {

    /** Every request Spring MVC matched no route for is recorded under this one label. */
    static final String NO_ROUTE = "(no matching page)";

    private static final List<String> NOT_PAGES =
            List.of("/assets/", "/webjars/", "/css/", "/js/", "/favicon.ico", "/actuator/");

    /**
     * Set only by AnalyticsOverheadBenchmark, to measure the same requests without recording in one
     * run; nothing in the application sets it.
     */
    static volatile boolean pausedForBenchmark;

    private final VisitBuffer buffer;
    private final ObjectProvider<CountingRefusal> refusals;
    private final VisitorHashes hashes;
    private final Clock clock;

    VisitRecorder(VisitBuffer buffer, ObjectProvider<CountingRefusal> refusals, Clock clock) {
        this.buffer = buffer;
        this.refusals = refusals;
        this.clock = clock;
        this.hashes = new VisitorHashes(new SecureRandom());
    }

    @Override
    public void contribute(HttpSecurity http) {
        http.addFilterAfter(new Filter(), SecurityContextHolderFilter.class);
    }

    private final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return pausedForBenchmark || NOT_PAGES.stream().anyMatch(path::startsWith);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                record(request, response, System.nanoTime() - start);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long nanos) {
        if ("1".equals(request.getHeader("Sec-GPC")) || refusals.stream().anyMatch(r -> r.refused(request))) {
            return;
        }
        Instant now = clock.instant();
        String userAgent = request.getHeader("User-Agent");
        UUID organisation = Tenancy.currentActor()
                .flatMap(Actor::organisationId)
                .map(id -> id.value())
                .orElse(null);
        String visitor =
                hashes.of(request.getRemoteAddr(), userAgent == null ? "" : userAgent, UkCalendar.today(clock));
        buffer.offer(new Visit(
                now,
                organisation,
                request.getMethod(),
                route(request),
                response.getStatus(),
                nanos,
                referrer(request),
                userAgent,
                visitor,
                request.getAttribute(Searches.FOUND) instanceof Boolean found ? found : null));
    }

    static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(pattern instanceof String template) || template.equals("/**") || template.contains("**")) {
            return NO_ROUTE;
        }
        return template;
    }

    /** Only the referring site's domain; a link from within Custodia is just "this site". */
    static String referrer(HttpServletRequest request) {
        String header = request.getHeader("Referer");
        if (header == null || header.isBlank()) {
            return "(none)";
        }
        try {
            String host = URI.create(header.trim()).getHost();
            if (host == null) {
                return "(other)";
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.equalsIgnoreCase(request.getServerName())) {
                return "(this site)";
            }
            // An address rather than a name could be a person's own machine: it is not kept.
            boolean address = host.matches("[0-9.]+") || host.startsWith("[");
            return address || host.length() > 100 ? "(other)" : host;
        } catch (IllegalArgumentException e) {
            return "(other)";
        }
    }
}
