package org.custodia.casework.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.personaldata.Erasure;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.retention.DueRecord;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecord;
import org.custodia.retention.RetainedRecords;
import org.custodia.retention.RetentionRule;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case records under the retention schedule: a case of each type is one record, and a pupil's special
 * educational needs file is a record of its own (kept longer than the pupil record, which waits for
 * it). Destroying a case removes all its rows; the child and the case's other participants go too,
 * through the erasure path, once no case involves them and no hold covers them.
 */
@Component
class CaseRetention implements RetainedRecords {

    private static final UUID START = new UUID(0, 0);
    private static final List<String> CASE_TABLES = List.of(
            // Agency reports refer to agencies, so they go first; every case row goes before the case.
            "cdr_agency_reports",
            "cdr_agencies",
            "cdr_notifications",
            "cdr_analyses",
            "cdr_ncmd_submissions",
            "case_notes",
            "lac_visits",
            "attendance_marks",
            "lac_placements",
            "lac_pep_meetings",
            "pupil_enrolments",
            "pupil_sen_statuses",
            "case_team",
            "case_participants",
            "case_access_overrides");

    private final JdbcClient jdbc;
    private final Erasure erasure;
    private final LegalHolds holds;
    private final FieldEncryption encryption;

    CaseRetention(JdbcClient jdbc, Erasure erasure, LegalHolds holds, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.holds = holds;
        this.encryption = encryption;
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(
                RecordKind.LOOKED_AFTER_CHILD_CASE,
                RecordKind.CHILD_DEATH_REVIEW_CASE,
                RecordKind.PUPIL_RECORD,
                RecordKind.SEN_FILE);
    }

    @Override
    public List<RetainedRecord> about(DataSubjectId subject) {
        List<RetainedRecord> records = new java.util.ArrayList<>();
        jdbc.sql("select c.id, c.reference, c.case_type, exists (select 1 from pupil_sen_statuses s"
                        + " where s.case_id = c.id) as sen from cases c where c.id in " + PeopleRows.CASES_OF_PERSON)
                .param("person", subject.value())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String reference = rs.getString("reference");
                    for (RecordKind kind : kinds()) {
                        if (caseType(kind).equals(rs.getString("case_type"))
                                && (kind != RecordKind.SEN_FILE || rs.getBoolean("sen"))) {
                            records.add(new RetainedRecord(kind, id, reference));
                        }
                    }
                });
        return records;
    }

    @Override
    public LocalDate keptUntil(RetainedRecord record, RetentionRule rule) {
        return jdbc.sql("select " + dueOn(rule) + " from cases c join people p on p.id = c.child_id where c.id = :id")
                .param("id", record.recordId())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional()
                .orElse(null);
    }

    @Override
    public List<DueRecord> due(RetentionRule rule, LocalDate asOf, UUID after, int limit) {
        // The child is looked up per case (a lateral subquery the planner may not flatten) so that the cases
        // are read in identifier order from the cursor on: a join let the planner hash both tables and sort,
        // five seconds a batch at a million cases, and every batch again.
        return jdbc.sql("select c.id, c.reference, c.child_id, " + dueOn(rule) + " as due_on"
                        + from(rule.kind(), CHILD_PER_CASE)
                        + " and c.id > :after and " + dueOn(rule) + " <= :asOf order by c.id limit :limit")
                .param("after", after == null ? START : after)
                .param("asOf", asOf)
                .param("limit", limit)
                .query((rs, row) -> new DueRecord(
                        rule.kind(),
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getObject("child_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    @Override
    public long countDue(RetentionRule rule, LocalDate asOf) {
        return jdbc.sql("select count(*)" + from(rule.kind()) + " and " + dueOn(rule) + " <= :asOf")
                .param("asOf", asOf)
                .query(Long.class)
                .single();
    }

    @Override
    public long count(RecordKind kind) {
        return jdbc.sql("select count(*)" + from(kind)).query(Long.class).single();
    }

    @Override
    public long countWithoutStart(RetentionRule rule) {
        return jdbc.sql("select count(*)" + from(rule.kind()) + " and " + start(rule) + " is null")
                .query(Long.class)
                .single();
    }

    @Override
    public void destroy(DueRecord record, ErasureDecision decision) {
        UUID id = record.recordId();
        if (record.kind() == RecordKind.SEN_FILE) {
            jdbc.sql("delete from pupil_sen_statuses where case_id = :id")
                    .param("id", id)
                    .update();
            return;
        }
        UUID child = jdbc.sql("select child_id from cases where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single();
        List<UUID> participants = jdbc.sql(
                        "select person_id from case_participants where case_id = :id and person_id <> :child")
                .param("id", id)
                .param("child", child)
                .query(UUID.class)
                .list();
        for (String table : CASE_TABLES) {
            jdbc.sql("delete from " + table + " where case_id = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("delete from cases where id = :id").param("id", id).update();
        // The child, and the other people the case involved (parents, carers), go with it unless another
        // case still involves them or a hold covers them; then they stay, and the erasure path says so.
        eraseIfUninvolved(child, decision);
        for (UUID participant : participants) {
            eraseIfUninvolved(participant, decision);
        }
    }

    /** The same as destroying each, with each statement run once for the whole set. */
    @Override
    public void destroyAll(List<DueRecord> records, ErasureDecision decision) {
        if (records.isEmpty()) {
            return;
        }
        List<UUID> ids = records.stream().map(DueRecord::recordId).toList();
        if (records.get(0).kind() == RecordKind.SEN_FILE) {
            jdbc.sql("delete from pupil_sen_statuses where case_id in (:ids)")
                    .param("ids", ids)
                    .update();
            return;
        }
        Set<UUID> people = new LinkedHashSet<>(jdbc.sql("select child_id from cases where id in (:ids)"
                        + " union select person_id from case_participants where case_id in (:ids)")
                .param("ids", ids)
                .query(UUID.class)
                .list());
        for (String table : CASE_TABLES) {
            jdbc.sql("delete from " + table + " where case_id in (:ids)")
                    .param("ids", ids)
                    .update();
        }
        jdbc.sql("delete from cases where id in (:ids)").param("ids", ids).update();
        if (people.isEmpty()) {
            return;
        }
        List<UUID> uninvolved = jdbc.sql("select p.id from people p where p.id in (:people)"
                        + " and not exists (select 1 from cases c where c.child_id = p.id)"
                        + " and not exists (select 1 from case_participants cp where cp.person_id = p.id)")
                .param("people", people)
                .query(UUID.class)
                .list();
        Set<UUID> held = holds.held(uninvolved);
        erasure.eraseAll(
                uninvolved.stream()
                        .filter(person -> !held.contains(person))
                        .map(DataSubjectId::new)
                        .toList(),
                decision);
    }

    private void eraseIfUninvolved(UUID person, ErasureDecision decision) {
        boolean stillInvolved = jdbc.sql("select exists (select 1 from cases where child_id = :person)"
                        + " or exists (select 1 from case_participants where person_id = :person)")
                .param("person", person)
                .query(Boolean.class)
                .single();
        if (!stillInvolved && !holds.isHeld(person)) {
            erasure.erase(new DataSubjectId(person), decision);
        }
    }

    @Override
    public void anonymise(DueRecord record) {
        UUID child = jdbc.sql("select child_id from cases where id = :id")
                .param("id", record.recordId())
                .query(UUID.class)
                .single();
        // Free text and special-category values were encrypted under the child's key: destroying it
        // makes them unreadable; what identifies the child in plain text is removed or coarsened.
        encryption.destroySubjectKey(new DataSubjectId(child));
        for (String table : List.of("person_sensitive_data", "person_addresses", "person_telephones")) {
            jdbc.sql("delete from " + table + " where person_id = :child")
                    .param("child", child)
                    .update();
        }
        jdbc.sql("update people set first_name = 'Anonymised', last_name = 'Anonymised', middle_names = null,"
                        + " preferred_name = null, nhs_number = null, unique_pupil_number = null, email = null,"
                        + " date_of_birth = date_trunc('year', date_of_birth)::date,"
                        + " date_of_death = date_trunc('year', date_of_death)::date where id = :child")
                .param("child", child)
                .update();
    }

    private static final String JOIN_CHILD = " join people p on p.id = c.child_id ";
    private static final String CHILD_PER_CASE =
            " cross join lateral (select * from people p0 where p0.id = c.child_id offset 0) p ";

    private static String from(RecordKind kind) {
        return from(kind, JOIN_CHILD);
    }

    private static String from(RecordKind kind, String child) {
        String sql = " from cases c" + child + "where c.case_type = '" + caseType(kind) + "'";
        if (kind == RecordKind.PUPIL_RECORD) {
            // The special educational needs file is kept longer; the pupil record goes after it.
            sql += " and not exists (select 1 from pupil_sen_statuses s where s.case_id = c.id)";
        }
        if (kind == RecordKind.SEN_FILE) {
            sql += " and exists (select 1 from pupil_sen_statuses s where s.case_id = c.id)";
        }
        return sql;
    }

    private static String caseType(RecordKind kind) {
        switch (kind) {
            case LOOKED_AFTER_CHILD_CASE:
                return "LOOKED_AFTER_CHILD";
            case CHILD_DEATH_REVIEW_CASE:
                return "CHILD_DEATH_REVIEW";
            case PUPIL_RECORD:
            case SEN_FILE:
                return "PUPIL";
            default:
                throw new IllegalArgumentException("Casework keeps no " + kind);
        }
    }

    private static String start(RetentionRule rule) {
        switch (rule.startsFrom()) {
            case DATE_OF_BIRTH:
                return "p.date_of_birth";
            case DATE_OF_DEATH:
                return "coalesce(p.date_of_death, (select n.date_of_death from cdr_notifications n"
                        + " where n.case_id = c.id))";
            case CASE_CLOSURE:
                return "c.closed_on";
            case LAST_CONTACT:
                return "greatest(c.opened_on, c.closed_on, (select max(v.visited_on) from lac_visits v"
                        + " where v.case_id = c.id), (select max(n.written_at)::date from case_notes n"
                        + " where n.case_id = c.id))";
            default:
                return "c.created_at::date";
        }
    }

    /** The periods are whole numbers checked by the schedule, so they are written into the SQL. */
    private static String dueOn(RetentionRule rule) {
        String due = "(" + start(rule) + " + interval '" + rule.periodYears() + " years')::date";
        if (rule.childDeathYears() == null) {
            return due;
        }
        return "(case when p.date_of_death is not null and p.date_of_birth is not null"
                + " and p.date_of_death < p.date_of_birth + interval '18 years'"
                + " then (p.date_of_death + interval '" + rule.childDeathYears() + " years')::date else " + due
                + " end)";
    }
}
