package org.custodia.governance.internal;

import java.util.List;
import java.util.UUID;
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
        return eraseAll(List.of(subject), decision);
    }

    @Override
    public ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        List<UUID> people = subjects.stream().map(DataSubjectId::value).toList();
        // Only the disclosures these people were in can be left with nobody: the rest are not looked at.
        List<UUID> touched = jdbc.sql(
                        "select distinct disclosure_id from disclosure_subjects where person_id in (:people)")
                .param("people", people)
                .query(UUID.class)
                .list();
        int removed = jdbc.sql("delete from disclosure_subjects where person_id in (:people)")
                .param("people", people)
                .update();
        removed += jdbc.sql(
                        "update disclosures set reason = null, reason_subject = null where reason_subject in (:people)")
                .param("people", people)
                .update();
        if (touched.isEmpty()) {
            return ErasureOutcome.removed(removed);
        }
        List<UUID> orphaned = jdbc.sql("select d.id from disclosures d where d.id in (:touched)"
                        + " and not exists (select 1 from disclosure_subjects s where s.disclosure_id = d.id)")
                .param("touched", touched)
                .query(UUID.class)
                .list();
        if (orphaned.isEmpty()) {
            return ErasureOutcome.removed(removed);
        }
        for (String table : List.of("disclosure_follow_ups", "disclosure_consents")) {
            removed += jdbc.sql("delete from " + table + " where disclosure_id in (:orphaned)")
                    .param("orphaned", orphaned)
                    .update();
        }
        removed += jdbc.sql("delete from disclosures where id in (:orphaned)")
                .param("orphaned", orphaned)
                .update();
        return ErasureOutcome.removed(removed);
    }
}
