package org.custodia.casework.web;

import org.custodia.casework.CaseAccessNeedsReason;
import org.custodia.casework.SensitiveDataGrantRequired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** On pages, a case outside one's teams asks for a reason instead of a bare "forbidden". */
@ControllerAdvice(
        assignableTypes = {
            CasePages.class,
            PeoplePages.class,
            LookedAfterPages.class,
            ChildDeathReviewPages.class,
            PupilPages.class,
            CaseTeamPages.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkPageErrors {

    @ExceptionHandler(CaseAccessNeedsReason.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String needsReason(CaseAccessNeedsReason e, Model model) {
        model.addAttribute("caseId", e.caseId().value());
        model.addAttribute("reference", e.reference());
        return "casework/break-glass";
    }

    @ExceptionHandler(SensitiveDataGrantRequired.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String grantRequired(SensitiveDataGrantRequired e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "casework/grant-required";
    }
}
