package org.custodia.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which organisation the current work runs for. Every transaction tells PostgreSQL (a
 * transaction-local {@code app.organisation_id}) and row-level security refuses rows of any other
 * organisation. The organisation is the signed-in actor's, unless code deliberately runs a piece of
 * work for another (sign-in, before anyone is signed in; an operator setting up a new organisation).
 */
@Component
public class Tenancy {

    private static final ThreadLocal<Scope> OVERRIDE = new ThreadLocal<>();

    private final JdbcClient jdbc;

    Tenancy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation of the current work, if any; none for an operator or an anonymous request. */
    public static Optional<OrganisationId> current() {
        Scope scope = OVERRIDE.get();
        if (scope != null) {
            return Optional.ofNullable(scope.organisation());
        }
        return currentActor().flatMap(Actor::organisationId);
    }

    /** The signed-in actor, if any. */
    public static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The signed-in actor; for code that is only reachable signed in (behind an authorisation check). */
    public static Actor requireActor() {
        return currentActor().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /**
     * Runs work for the given organisation (or for none, with {@code null}). Inside a transaction the
     * switch applies to that transaction until the work returns.
     */
    public <T> T callAs(OrganisationId organisation, Supplier<T> work) {
        Scope previous = OVERRIDE.get();
        OrganisationId before = current().orElse(null);
        OVERRIDE.set(new Scope(organisation));
        applyToOpenTransaction(organisation);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            restore(previous);
            try {
                applyToOpenTransaction(before);
            } catch (RuntimeException unusableTransaction) {
                // The failed work already aborted the transaction; it is rolling back anyway.
                failure.addSuppressed(unusableTransaction);
            }
            throw failure;
        }
        restore(previous);
        applyToOpenTransaction(before);
        return result;
    }

    public void runAs(OrganisationId organisation, Runnable work) {
        callAs(organisation, () -> {
            work.run();
            return null;
        });
    }

    private static void restore(Scope previous) {
        if (previous == null) {
            OVERRIDE.remove();
        } else {
            OVERRIDE.set(previous);
        }
    }

    private void applyToOpenTransaction(OrganisationId organisation) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("select set_config('app.organisation_id', :organisation, true)")
                    .param("organisation", organisation == null ? "" : organisation.toString())
                    .query()
                    .singleValue();
        }
    }

    private record Scope(OrganisationId organisation) {}
}
