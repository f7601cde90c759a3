package org.custodia.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonStatement;
import org.custodia.casework.Restriction;
import org.custodia.encryption.FieldRef;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What casework records when a person exercises their rights (restrictions and the uses stated while
 * restricted, corrections with the values they replaced, the person's own statements), for subject
 * access. The rows refer to the person with {@code on delete cascade}: they go when casework's own
 * erasure removes the person, and stay (with the person) when the person is kept.
 */
@Component
class DataRightsRecords implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final RestrictionRows restrictions;
    private final RectificationRows rectifications;
    private final StatementReader statements;
    private final FreeText text;

    DataRightsRecords(
            JdbcClient jdbc,
            RestrictionRows restrictions,
            RectificationRows rectifications,
            StatementReader statements,
            FreeText text) {
        this.jdbc = jdbc;
        this.restrictions = restrictions;
        this.rectifications = rectifications;
        this.statements = statements;
        this.text = text;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person_restrictions", "restricted_uses", "person_rectifications", "person_statements");
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        return ErasureOutcome.removed(0);
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        PersonId person = new PersonId(subject.value());
        List<HeldRecord> records = new ArrayList<>();
        for (Restriction r : restrictions.history(person)) {
            records.add(HeldRecord.of("casework.restriction:" + r.id(), "Restriction of processing", r.restrictedAt())
                    .field("Why", r.ground().label())
                    .field("Restricted at", r.restrictedAt())
                    .field("You were told it would be lifted on", r.personToldOn())
                    .field("Lifted at", r.liftedAt())
                    .build());
        }
        records.addAll(jdbc.sql("select id, ground, note, granted_at, expires_at from restricted_uses"
                        + " where person_id = :person order by granted_at")
                .param("person", person.value())
                .query((rs, n) -> HeldRecord.of(
                                "casework.restricted-use:" + rs.getObject("id"),
                                "Uses of your restricted data",
                                rs.getTimestamp("granted_at").toInstant())
                        .field("Use the law allows", rs.getString("ground"))
                        .field(
                                "Why it was needed",
                                text.open(
                                        person,
                                        FieldRef.of(
                                                "restricted_uses", "note", rs.getObject("id", java.util.UUID.class)),
                                        rs.getBytes("note")))
                        .field("Allowed until", rs.getTimestamp("expires_at").toInstant())
                        .build())
                .list());
        for (RectificationRows.Entry e : rectifications.rectifications(person)) {
            records.add(HeldRecord.of("casework.rectification:" + e.id(), "Corrections", e.at())
                    .field("What was corrected", e.value().label())
                    .field(
                            "Value before the correction",
                            text.open(person, FieldRef.of("person_rectifications", "old_value", e.id()), e.text()))
                    .build());
        }
        for (PersonStatement s : statements.about(person, true)) {
            records.add(HeldRecord.of("casework.statement:" + s.id(), "Your statements", s.recordedAt())
                    .field("About", s.value().label())
                    .field("Statement", s.text())
                    .build());
        }
        return records;
    }
}
