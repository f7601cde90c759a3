package org.custodia.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.PersonId;
import org.custodia.encryption.FieldEncryption;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework's personal data about a person: exported for subject access (their own details and the
 * records of every case they are in), and erased. Erasing a person: their key destroyed (so their encrypted values, backups included,
 * become unreadable), their rows removed. Runs last, after the modules whose rows refer to people. A
 * person who is still the child of a case is kept, and the case says why.
 */
@Component
class PeopleErasure implements PersonalDataHolder {

    private static final List<String> PERSON_TABLES =
            List.of("person_sensitive_data", "person_addresses", "person_telephones", "case_participants");

    private static final Set<String> TABLES = Stream.concat(
                    Stream.of(
                            "people",
                            "person_addresses",
                            "person_telephones",
                            "person_sensitive_data",
                            "relationships",
                            "cases",
                            "case_participants",
                            "case_team",
                            "case_access_overrides"),
                    CaseRecordKinds.KINDS.stream().map(CaseRecordKinds.Kind::table))
            .collect(Collectors.toUnmodifiableSet());

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final PersonExport person;
    private final CaseRecordsExport caseRecords;

    PeopleErasure(
            JdbcClient jdbc,
            FieldEncryption encryption,
            AuditTrail audit,
            PersonExport person,
            CaseRecordsExport caseRecords) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.person = person;
        this.caseRecords = caseRecords;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        List<HeldRecord> records = new ArrayList<>(person.of(new PersonId(subject.value())));
        records.addAll(caseRecords.of(new PersonId(subject.value())));
        return records;
    }

    @Override
    public Set<String> tables() {
        return TABLES;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        UUID person = subject.value();
        List<String> cases = jdbc.sql("select reference from cases where child_id = :person order by reference")
                .param("person", person)
                .query(String.class)
                .list();
        if (!cases.isEmpty()) {
            return ErasureOutcome.keptBecause("person " + person + " is the child of case(s) still kept: " + cases);
        }
        encryption.destroySubjectKey(subject);
        int removed = 0;
        for (String table : PERSON_TABLES) {
            removed += jdbc.sql("delete from " + table + " where person_id = :person")
                    .param("person", person)
                    .update();
        }
        removed += jdbc.sql("delete from relationships where person_id = :person or related_person_id = :person")
                .param("person", person)
                .update();
        int people = jdbc.sql("delete from people where id = :person")
                .param("person", person)
                .update();
        if (people > 0) {
            audit.record(AuditRecord.of("person.erased", Outcome.SUCCESS)
                    .about("person", person)
                    .concerning(person)
                    .withDetail(decision.basis().name() + " " + decision.reference()));
        }
        return ErasureOutcome.removed(removed + people);
    }

    /** As {@link #erase} for each, each statement once for the whole set. */
    @Override
    public ErasureOutcome eraseAll(List<DataSubjectId> subjects, ErasureDecision decision) {
        List<UUID> asked = subjects.stream().map(DataSubjectId::value).toList();
        Map<UUID, List<String>> stillChildren = new LinkedHashMap<>();
        jdbc.sql("select child_id, reference from cases where child_id in (:people) order by reference")
                .param("people", asked)
                .query((row, n) -> stillChildren
                        .computeIfAbsent(row.getObject(1, UUID.class), child -> new ArrayList<>())
                        .add(row.getString(2)))
                .list();
        ErasureOutcome outcome = ErasureOutcome.removed(0);
        for (Map.Entry<UUID, List<String>> kept : stillChildren.entrySet()) {
            outcome = outcome.and(ErasureOutcome.keptBecause(
                    "person " + kept.getKey() + " is the child of case(s) still kept: " + kept.getValue()));
        }
        List<UUID> people =
                asked.stream().filter(id -> !stillChildren.containsKey(id)).toList();
        if (people.isEmpty()) {
            return outcome;
        }
        encryption.destroySubjectKeys(people.stream().map(DataSubjectId::new).toList());
        int removed = 0;
        for (String table : PERSON_TABLES) {
            removed += jdbc.sql("delete from " + table + " where person_id in (:people)")
                    .param("people", people)
                    .update();
        }
        removed += jdbc.sql("delete from relationships where person_id in (:people) or related_person_id in (:people)")
                .param("people", people)
                .update();
        List<UUID> erased = jdbc.sql("delete from people where id in (:people) returning id")
                .param("people", people)
                .query(UUID.class)
                .list();
        for (UUID person : erased) {
            audit.record(AuditRecord.of("person.erased", Outcome.SUCCESS)
                    .about("person", person)
                    .concerning(person)
                    .withDetail(decision.basis().name() + " " + decision.reference()));
        }
        return outcome.and(ErasureOutcome.removed(removed + erased.size()));
    }
}
