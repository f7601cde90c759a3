package org.custodia.audit.internal;

import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.personaldata.SubjectFileAssembled;
import org.custodia.shared.DataSubjectId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits each subject file assembled, against each person in it, in the same transaction: assembling
 * decrypts everything about them. (Rights depends on no one, so it announces and audit records.)
 */
@Component
class SubjectAccessAudit {

    private final AuditTrail trail;

    SubjectAccessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SubjectFileAssembled assembled) {
        for (DataSubjectId subject : assembled.subjects()) {
            trail.record(AuditRecord.of("subject-access.assembled", Outcome.SUCCESS)
                    .about("person", subject)
                    .concerning(subject.value())
                    .forPurpose("subject access request")
                    .withDetail("records: " + assembled.records() + ", flagged for review: "
                            + assembled.flaggedForReview()));
        }
    }
}
