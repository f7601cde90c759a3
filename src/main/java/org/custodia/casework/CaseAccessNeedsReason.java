package org.custodia.casework;

import org.springframework.security.access.AccessDeniedException;

/**
 * The case exists in the reader's organisation but they are not on its team: they may open it only by
 * recording why ("break-glass"), which is audited and reviewed by the DPOs.
 */
public class CaseAccessNeedsReason extends AccessDeniedException {

    private final CaseId caseId;
    private final String reference;

    public CaseAccessNeedsReason(CaseId caseId, String reference) {
        super("You are not on the team for case " + reference + ". To open it, record why you need to");
        this.caseId = caseId;
        this.reference = reference;
    }

    public CaseId caseId() {
        return caseId;
    }

    public String reference() {
        return reference;
    }
}
