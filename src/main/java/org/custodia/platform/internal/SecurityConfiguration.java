package org.custodia.platform.internal;

import java.util.List;
import org.custodia.platform.HttpSecurityContribution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The one security filter chain: pages and the API share it, and every request is authorised. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere, so the policy needs no 'unsafe-inline'. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    /** Publishes refusals as events, so that the audit trail can record them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<HttpSecurityContribution> contributions,
            SecurityContextRepository securityContextRepository,
            ProblemResponses problems)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/sign-in",
                                "/sign-in/**",
                                "/set-password",
                                "/assets/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/api-docs",
                                "/error",
                                // Published retention schedules: rules only, linked from privacy notices.
                                "/organisations/*/retention-schedule",
                                // Secure downloads: the link and a one-time code sent separately are the credentials.
                                "/downloads/*",
                                "/downloads/*/files/*",
                                // The public rights request form and its one-time confirmation; nothing else.
                                "/organisations/*/rights-requests/new",
                                "/organisations/*/rights-requests/received",
                                // Public documents (notices module): privacy notices with their versions, the
                                // cookie policy and choice, the accessibility statement and how to get help.
                                "/organisations/*/privacy-notice",
                                "/organisations/*/privacy-notice/**",
                                "/api/v1/organisations/*/privacy-notice",
                                "/api/v1/organisations/*/privacy-notice/**",
                                "/privacy",
                                "/privacy/**",
                                "/api/v1/processor-privacy-notice",
                                "/api/v1/processor-privacy-notice/**",
                                "/cookies",
                                "/accessibility-statement",
                                "/contact",
                                // Users' views of the service: anyone may give them (analytics module).
                                "/feedback",
                                "/feedback/thanks")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(
                                        response, HttpStatus.UNAUTHORIZED, "Sign in or send an API token"),
                                API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/sign-in"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        problems.write(response, HttpStatus.FORBIDDEN, ProblemResponses.detail(e)),
                                API)
                        // Without a second handler Spring Security would use the API's for every request, and a
                        // browser would be shown JSON; pages get the error page in the layout (error/403).
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        for (HttpSecurityContribution contribution : contributions) {
            contribution.contribute(http);
        }
        return http.build();
    }
}
