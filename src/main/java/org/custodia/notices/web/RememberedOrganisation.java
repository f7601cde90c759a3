package org.custodia.notices.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custodia.notices.CookieRegister;
import org.custodia.notices.PublishedNotices;
import org.custodia.platform.HttpSecurityContribution;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The optional cookie: once the visitor has accepted it, a signed-in person's Organisation ID is
 * remembered on the device; once they reject it, it goes. And the cookie choice itself may be posted
 * without a form token, so that the banner's form on a public page starts no session: forging it could
 * only change someone's cookie choice, which they see and can change back.
 */
@Component
class RememberedOrganisation implements HttpSecurityContribution {

    private final PublishedNotices notices;

    RememberedOrganisation(PublishedNotices notices) {
        this.notices = notices;
    }

    @Override
    public void contribute(HttpSecurity http) throws Exception {
        http.csrf(csrf ->
                csrf.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/cookies")));
        // Not a bean of its own, so that it runs only here, after the signed-in person is known.
        http.addFilterAfter(new Filter(notices), SecurityContextHolderFilter.class);
    }

    private static final class Filter extends OncePerRequestFilter {

        private final PublishedNotices notices;

        Filter(PublishedNotices notices) {
            this.notices = notices;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean accepted = CookieChoices.choice(request)
                    .filter(CookieChoices.ACCEPTED::equals)
                    .isPresent();
            boolean remembered =
                    CookieChoices.cookie(request, CookieRegister.ORGANISATION).isPresent();
            if (!accepted && remembered) {
                CookieChoices.forget(response, request, CookieRegister.ORGANISATION);
            } else if (accepted && !remembered) {
                Tenancy.currentActor()
                        .flatMap(Actor::organisationId)
                        .flatMap(notices::organisation)
                        .ifPresent(organisation -> response.addCookie(CookieChoices.cookie(
                                CookieRegister.ORGANISATION,
                                organisation.organisationCode(),
                                (int) CookieRegister.CHOICE_LIFETIME.toSeconds(),
                                request.isSecure())));
            }
            chain.doFilter(request, response);
        }
    }
}
