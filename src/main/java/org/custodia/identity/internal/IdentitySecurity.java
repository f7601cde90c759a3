package org.custodia.identity.internal;

import org.custodia.identity.ApiTokens;
import org.custodia.platform.HttpSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/** Adds API token authentication to the platform's filter chain. */
@Component
class IdentitySecurity implements HttpSecurityContribution {

    private final ApiTokens tokens;

    IdentitySecurity(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void contribute(HttpSecurity http) throws Exception {
        http.addFilterBefore(new ApiTokenAuthentication(tokens::authenticate), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthentication::carriesToken));
    }
}
