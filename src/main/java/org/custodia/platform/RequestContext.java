package org.custodia.platform;

import java.util.Optional;

/**
 * Facts about the HTTP request the current work serves: its id (also sent back in
 * {@code X-Request-Id} and logged) and the client's network address. The address is only ever kept
 * in pseudonymised form.
 */
public record RequestContext(String requestId, String clientAddress) {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(RequestContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }
}
