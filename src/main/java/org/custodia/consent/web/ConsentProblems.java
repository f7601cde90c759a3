package org.custodia.consent.web;

import java.net.URI;
import org.custodia.consent.ConsentNotGiven;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** In any API, processing refused for want of current consent is a 409 problem that says so. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConsentProblems {

    @ExceptionHandler(ConsentNotGiven.class)
    ProblemDetail consentNotGiven(ConsentNotGiven e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Consent not given");
        problem.setType(URI.create("https://custodia.example/problems/consent-not-given"));
        problem.setProperty("purposeId", e.purpose().value());
        return problem;
    }
}
