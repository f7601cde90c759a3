package org.custodia.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts every refusal of a signed-in person on the audit trail (ASVS: log authorisation decisions).
 * In its own transaction, because the refused action's transaction rolls back. Anonymous visitors
 * being sent to the sign-in page are not recorded: that is not a decision about anyone.
 */
@Component
class AuthorisationDenials {

    private final AuditTrail audit;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    AuthorisationDenials(AuditTrail audit, Tenancy tenancy, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.tenancy = tenancy;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        if (event.getAuthentication().get() == null
                || !(event.getAuthentication().get().getPrincipal() instanceof Actor actor)) {
            return;
        }
        String what = describe(event.getSource());
        transactions.executeWithoutResult(status -> tenancy.runAs(
                actor.organisation(),
                () -> audit.record(AuditRecord.of("authorisation.denied", Outcome.DENIED)
                        .by(actor)
                        .withDetail(what))));
    }

    private static String describe(Object source) {
        if (source instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return source.getClass().getSimpleName();
    }
}
