package org.custodia.identity.web;

import java.io.Serializable;
import java.time.Instant;
import org.custodia.shared.Actor;

/** A sign-in whose password was accepted and whose second factor is still to come (5 minutes at most). */
record PendingSignIn(Actor actor, boolean setUpRequired, Instant expiresAt) implements Serializable {

    boolean expired(Instant now) {
        return now.isAfter(expiresAt);
    }
}
