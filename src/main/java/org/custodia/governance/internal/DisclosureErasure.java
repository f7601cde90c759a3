package org.custodia.governance.internal;

import org.custodia.rights.ErasureDecision;
import org.custodia.rights.ErasureOutcome;
import org.custodia.rights.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes an erased person out of the disclosure register. A disclosure that also concerned others
 * stays for them; one that concerned only this person goes, with its "tell the person" task.
 */
@Component
class DisclosureErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    DisclosureErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        int removed = jdbc.sql("delete from disclosure_subjects where person_id = :person")
                .param("person", subject.value())
                .update();
        removed += jdbc.sql(
                        "update disclosures set reason = null, reason_subject = null where reason_subject = :person")
                .param("person", subject.value())
                .update();
        String orphaned = "select d.id from disclosures d"
                + " where not exists (select 1 from disclosure_subjects s where s.disclosure_id = d.id)";
        removed += jdbc.sql("delete from disclosure_follow_ups where disclosure_id in (" + orphaned + ")")
                .update();
        removed += jdbc.sql("delete from disclosure_consents where disclosure_id in (" + orphaned + ")")
                .update();
        removed += jdbc.sql("delete from disclosures where id in (" + orphaned + ")")
                .update();
        return ErasureOutcome.removed(removed);
    }
}
