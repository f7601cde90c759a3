package org.custodia.personaldata;

import java.util.List;
import org.custodia.shared.DataSubjectId;

/** A subject file was assembled for a subject access request; the audit trail records it per subject. */
public record SubjectFileAssembled(List<DataSubjectId> subjects, int records, int flaggedForReview) {

    public SubjectFileAssembled {
        subjects = List.copyOf(subjects);
    }
}
