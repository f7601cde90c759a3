package org.custodia.platform.web;

import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: who is signed in, for the header. */
@ControllerAdvice
class LayoutAttributes {

    @ModelAttribute("currentActor")
    Actor currentActor() {
        return Tenancy.currentActor().orElse(null);
    }
}
