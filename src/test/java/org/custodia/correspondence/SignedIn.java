package org.custodia.correspondence;

import java.util.function.Supplier;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a facade as a signed-in user, the way the rights module does from its own pages. */
final class SignedIn {

    private SignedIn() {}

    static <T> T as(TestUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.authentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(TestUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
