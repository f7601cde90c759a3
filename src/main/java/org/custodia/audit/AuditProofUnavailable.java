package org.custodia.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No proof can be given for an entry yet (still pending), or no longer (its batch fails verification). */
public class AuditProofUnavailable extends ErrorResponseException {

    AuditProofUnavailable(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("No proof for this entry");
        return problem;
    }
}
