package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.ProcessingRestricted;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * On any page (a person, a case, an export, a disclosure), a restricted person's data is refused with
 * a banner that says so, and a form to state a use the law still allows.
 */
@ControllerAdvice(annotations = Controller.class)
class RestrictionPageErrors {

    @ExceptionHandler(ProcessingRestricted.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String restricted(ProcessingRestricted e, HttpServletRequest request, Model model) {
        model.addAttribute("personId", e.person().value());
        model.addAttribute("uses", AllowedUse.values());
        model.addAttribute(
                "returnTo",
                "GET".equals(request.getMethod()) ? RestrictedUsePages.safeReturn(request.getRequestURI()) : null);
        return "casework/restricted";
    }
}
