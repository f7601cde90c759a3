package org.custodia.audit.internal;

import java.util.Map;
import org.custodia.audit.ActorDirectory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@link ActorDirectory} as audit takes it: looked up when names are first asked for, not when audit
 * starts. The module that owns users (identity) sits above audit and provides the directory; audit started on
 * its own has none, and then names no one (an entry shows its actor's type, or "A former user").
 */
public final class ActorNames {

    private ActorNames() {}

    public static ActorDirectory lazily(ObjectProvider<ActorDirectory> directory) {
        return actorIds -> {
            ActorDirectory found = directory.getIfAvailable();
            return found == null ? Map.of() : found.namesOf(actorIds);
        };
    }
}
