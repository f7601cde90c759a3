package org.custodia.identity.internal;

import org.custodia.shared.UserId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user (on every node: sessions are rows in PostgreSQL), so that disabling an
 * account or changing its roles takes effect at once rather than at the next sign-in.
 */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public void endAllSessionsOf(UserId user) {
        sessions.findByPrincipalName(user.toString()).keySet().forEach(sessions::deleteById);
    }
}
