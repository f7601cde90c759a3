package org.custodia.consent.internal;

import java.util.List;
import java.util.Set;
import org.custodia.consent.ConsentMethod;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's consent history, for subject access (consents about them, and those they gave for
 * someone else), and its erasure. Where they gave consent on someone else's behalf, that consent
 * stays with the giver's name and relationship as recorded; only the link to their record goes.
 */
@Component
class ConsentErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ConsentErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        return jdbc.sql("""
                        select e.id, e.kind, e.on_behalf, e.by_name, e.by_relationship, e.method, e.occurred_on,
                            e.recorded_at, e.person_id = :person as about_subject, p.name as purpose, w.version,
                            w.wording, concat_ws(' ', s.first_name, s.last_name) as about_name
                        from consent_events e join consent_purposes p on p.id = e.purpose_id
                        left join consent_wordings w on w.id = e.wording_id
                        join people s on s.id = e.person_id
                        where e.person_id = :person or e.by_person_id = :person order by e.position""")
                .param("person", subject.value())
                .query((rs, n) -> {
                    boolean aboutSubject = rs.getBoolean("about_subject");
                    HeldRecord.Builder record = HeldRecord.of(
                                    "consent.event:" + rs.getObject("id"),
                                    "Consents",
                                    rs.getTimestamp("recorded_at").toInstant())
                            .field("Purpose", rs.getString("purpose"))
                            .field("Consent", "GIVEN".equals(rs.getString("kind")) ? "Given" : "Withdrawn")
                            .field("On", rs.getObject("occurred_on", java.time.LocalDate.class))
                            .field(
                                    "How",
                                    ConsentMethod.valueOf(rs.getString("method"))
                                            .label())
                            .field("Wording shown (version " + rs.getString("version") + ")", rs.getString("wording"));
                    if (rs.getBoolean("on_behalf")) {
                        record.field(
                                "Given by", rs.getString("by_name") + " (" + rs.getString("by_relationship") + ")");
                    }
                    if (!aboutSubject) {
                        record.field("On behalf of", rs.getString("about_name")).mentions(rs.getString("about_name"));
                    } else if (rs.getBoolean("on_behalf")) {
                        record.mentions(rs.getString("by_name"));
                    }
                    return record.build();
                })
                .list();
    }

    @Override
    public Set<String> tables() {
        return Set.of("consent_events");
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
