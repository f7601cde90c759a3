package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.custodia.identity.AfterSignIn;
import org.custodia.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Turns a completed sign-in into an authenticated session, under a new session id (no fixation). */
@Component
class SessionEstablishment {

    static final String PENDING = "custodia.pendingSignIn";
    static final String ENROLMENT = "custodia.twoFactorEnrolment";

    private final SecurityContextRepository repository;
    private final List<AfterSignIn> afterSignIn;

    SessionEstablishment(SecurityContextRepository repository, List<AfterSignIn> afterSignIn) {
        this.repository = repository;
        this.afterSignIn = afterSignIn;
    }

    /** Signs the person in and returns where they land: a page a plug-in asks for, else the home page. */
    String establish(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().removeAttribute(PENDING);
        request.getSession().removeAttribute(ENROLMENT);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                actor.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        return afterSignIn.stream()
                .map(step -> step.pageFor(actor))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("/");
    }

    /** Keeps a person whose password was accepted until their second factor is checked. */
    void holdPending(PendingSignIn pending, HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PENDING, pending);
    }

    PendingSignIn pending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
    }
}
