package org.custodia.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.custodia.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer cus_...}. Such requests are
 * stateless: no session is made and CSRF does not apply (a browser never adds this header by itself).
 */
public class ApiTokenAuthentication extends OncePerRequestFilter {

    public static final String PREFIX = "Bearer ";

    private final Function<String, Optional<Actor>> tokens;

    public ApiTokenAuthentication(Function<String, Optional<Actor>> tokens) {
        this.tokens = tokens;
    }

    public static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesToken(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token =
                request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<Actor> actor = tokens.apply(token);
        if (actor.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"The API token is not valid, has expired or was revoked\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor.get(),
                null,
                actor.get().roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
