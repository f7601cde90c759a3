package org.custodia.notices.web;

import jakarta.servlet.http.HttpServletRequest;
import org.custodia.analytics.CountingRefusal;
import org.springframework.stereotype.Component;

/**
 * Rejecting optional cookies is also an objection to being counted: the cookie policy says so, and
 * the usage statistics then leave the browser out entirely (docs/analytics.md).
 */
@Component
class CountingChoice implements CountingRefusal {

    @Override
    public boolean refused(HttpServletRequest request) {
        return CookieChoices.choice(request)
                .filter(CookieChoices.REJECTED::equals)
                .isPresent();
    }
}
