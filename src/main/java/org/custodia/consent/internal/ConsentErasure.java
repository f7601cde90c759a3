package org.custodia.consent.internal;

import java.util.List;
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
        // The history is append-only for the application; a database function erases one person's.
        Integer removed = jdbc.sql("select erase_consent_history(:person)")
                .param("person", subject.value())
                .query(Integer.class)
                .single();
        return ErasureOutcome.removed(removed == null ? 0 : removed);
    }

    @Override
    public ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        Integer removed = jdbc.sql("select erase_consent_histories(array[:people]::uuid[])")
                .param("people", subjects.stream().map(DataSubjectId::value).toList())
                .query(Integer.class)
                .single();
        return ErasureOutcome.removed(removed == null ? 0 : removed);
    }
}
