package org.custodia.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.custodia.platform.DevelopmentClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute limit (NIST AAL2: at least every 12 hours)
 * however active it is; the idle limit is the session store's own timeout.
 */
@Component
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration absoluteLimit;

    SessionLifetimeFilter(Clock clock, @Value("${custodia.session.absolute-timeout}") Duration absoluteLimit) {
        this.clock = clock;
        this.absoluteLimit = absoluteLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && sessionClockMillis() - session.getCreationTime() > absoluteLimit.toMillis()) {
            session.invalidate();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Sessions are stamped in real time; a development clock moved forward must not sign everyone
     * out, so its offset is taken off here.
     */
    private long sessionClockMillis() {
        if (clock instanceof DevelopmentClock development) {
            return clock.millis() - development.offset().toMillis();
        }
        return clock.millis();
    }
}
