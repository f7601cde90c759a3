package org.custodia.platform.internal;

import java.net.URI;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 9457 problem; rule breaks list the fields to fix. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request breaks a rule");
        problem.setTitle("Invalid request");
        problem.setType(URI.create("https://custodia.example/problems/invalid-input"));
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ProblemResponses.detail(e));
        problem.setTitle("Forbidden");
        return problem;
    }
}
