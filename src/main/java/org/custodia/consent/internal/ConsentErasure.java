package org.custodia.consent.internal;

import org.custodia.rights.ErasureDecision;
import org.custodia.rights.ErasureOutcome;
import org.custodia.rights.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases a person's consent history. Where they gave consent on someone else's behalf, that consent
 * stays with the giver's name and relationship as recorded; only the link to their record goes.
 */
@Component
class ConsentErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ConsentErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        int removed = jdbc.sql("delete from consent_events where person_id = :person")
                .param("person", subject.value())
                .update();
        jdbc.sql("update consent_events set by_person_id = null where by_person_id = :person")
                .param("person", subject.value())
                .update();
        return ErasureOutcome.removed(removed);
    }
}
