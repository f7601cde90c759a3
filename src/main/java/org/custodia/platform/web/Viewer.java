package org.custodia.platform.web;

import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the header and the pages that greet them. A bean rather than a model
 * attribute because pages rendered by exception handlers (404, break-glass) get no model attributes.
 */
@Component("viewer")
public class Viewer {

    public Actor actor() {
        return Tenancy.currentActor().orElse(null);
    }
}
