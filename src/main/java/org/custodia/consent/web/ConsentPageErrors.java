package org.custodia.consent.web;

import org.custodia.consent.ConsentNotGiven;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** On any page, processing refused for want of current consent explains itself and links to the consents. */
@ControllerAdvice(annotations = Controller.class)
class ConsentPageErrors {

    @ExceptionHandler(ConsentNotGiven.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String consentNotGiven(ConsentNotGiven e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("personId", e.person().value());
        return "consent/consent-not-given";
    }
}
