package org.custodia.platform.web;

import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the layout's header. A bean rather than a model attribute because
 * pages rendered by exception handlers (404, break-glass) get no model attributes from advice.
 */
@Component("viewer")
public class Viewer {

    public Actor actor() {
        return Tenancy.currentActor().orElse(null);
    }
}
