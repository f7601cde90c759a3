package org.custodia.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Names for the actors on audit pages. The audit module stores only ids (so entries survive erasure)
 * and knows no users; the module that owns users provides this.
 */
public interface ActorDirectory {

    /** Display names of the given actor ids that the current organisation can see; others are absent. */
    Map<UUID, String> namesOf(Collection<UUID> actorIds);
}
