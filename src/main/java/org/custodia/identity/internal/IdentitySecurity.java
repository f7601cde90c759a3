package org.custodia.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.ApiTokens;
import org.custodia.platform.HttpSecurityContribution;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Adds API token authentication to the platform's filter chain. */
@Component
class IdentitySecurity implements HttpSecurityContribution {

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    IdentitySecurity(ApiTokens tokens, AuditTrail audit, Tenancy tenancy, TransactionTemplate transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.tenancy = tenancy;
        this.transactions = transactions;
    }

    @Override
    public void contribute(HttpSecurity http) throws Exception {
        http.addFilterBefore(new ApiTokenAuthentication(tokens::authenticate), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthentication::carriesToken))
                .logout(logout -> logout.addLogoutHandler(this::auditSignOut));
    }

    private void auditSignOut(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        if (signedIn != null && signedIn.getPrincipal() instanceof Actor actor) {
            transactions.executeWithoutResult(status -> tenancy.runAs(
                    actor.organisation(),
                    () -> audit.record(
                            AuditRecord.of("sign-out", Outcome.SUCCESS).by(actor))));
        }
    }
}
