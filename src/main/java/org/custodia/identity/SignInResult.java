package org.custodia.identity;

import java.time.Duration;
import org.custodia.shared.Actor;

/** How a sign-in attempt ended. A refusal never says which part was wrong. */
public sealed interface SignInResult {

    /** Password (and second factor, if any) accepted. */
    record SignedIn(Actor actor) implements SignInResult {}

    /** Password accepted; a code from an authenticator app is needed (or must be set up first). */
    record SecondFactorNeeded(Actor actor, boolean setUpRequired) implements SignInResult {}

    record Refused() implements SignInResult {}

    record Throttled(Duration retryAfter) implements SignInResult {}
}
