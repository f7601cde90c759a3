package org.custodia.casework.web;

import java.net.URI;
import java.util.Arrays;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.ProcessingRestricted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** In any API, a restricted person's data refused to ordinary use is a 403 problem naming the way out. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RestrictionProblems {

    @ExceptionHandler(ProcessingRestricted.class)
    ProblemDetail restricted(ProcessingRestricted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Processing restricted");
        problem.setType(URI.create("https://custodia.example/problems/processing-restricted"));
        problem.setProperty("personId", e.person().value());
        problem.setProperty(
                "allowedUses",
                Arrays.stream(AllowedUse.values()).map(Enum::name).toList());
        problem.setProperty("statedAt", "/api/v1/people/" + e.person() + "/restricted-use");
        return problem;
    }
}
