package org.custodia.identity;

import java.util.Optional;
import org.custodia.shared.Actor;

/**
 * A page a person must see as they sign in, before their home page: a plug-in point, so that identity
 * knows none of the modules that add one (a changed privacy notice, say). Asked once the person is
 * signed in; the first page any plug-in names is where they land.
 */
public interface AfterSignIn {

    /** The path of the page this person must see now, if any. */
    Optional<String> pageFor(Actor actor);
}
