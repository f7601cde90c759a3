package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.casework.PersonId;
import org.custodia.encryption.FieldRef;
import org.custodia.personaldata.HeldRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records of every case a person is in (as its child or as a participant), one query per kind
 * of record, free text decrypted under the child's key. A record names the other people of its case
 * that its free text mentions, and every record of a case about someone else names that child: both
 * put it on the DPO's third-party review list.
 */
@Component
class CaseRecordsExport {

    private final JdbcClient jdbc;
    private final FreeText text;
    private final ActorDirectory staff;

    CaseRecordsExport(JdbcClient jdbc, FreeText text, ActorDirectory staff) {
        this.jdbc = jdbc;
        this.text = text;
        this.staff = staff;
    }

    List<HeldRecord> of(PersonId person) {
        Map<UUID, CaseOf> cases = new HashMap<>();
        jdbc.sql("""
                        select c.id, c.reference, c.child_id, concat_ws(' ', k.first_name, k.last_name) as child_name
                        from cases c join people k on k.id = c.child_id
                        where c.id in """ + PeopleRows.CASES_OF_PERSON)
                .param("person", person.value())
                .query(rs -> {
                    UUID child = rs.getObject("child_id", UUID.class);
                    cases.put(
                            rs.getObject("id", UUID.class),
                            new CaseOf(
                                    rs.getString("reference"),
                                    new PersonId(child),
                                    child.equals(person.value()) ? null : rs.getString("child_name")));
                });
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> others = otherPeople(cases.keySet(), person);
        List<HeldRecord> records = new ArrayList<>();
        for (CaseRecordKinds.Kind kind : CaseRecordKinds.KINDS) {
            records.addAll(
                    jdbc.sql("select * from " + kind.table() + " where case_id in (:cases) order by " + kind.order())
                            .param("cases", cases.keySet())
                            .query((rs, n) -> record(kind, rs, cases, others))
                            .list());
        }
        records.addAll(staffWithAccess(cases));
        return records;
    }

    /** The case team, and anyone who opened the case from outside it (break-glass) with their reason. */
    private List<HeldRecord> staffWithAccess(Map<UUID, CaseOf> cases) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                        select 'team' as kind, case_id, user_id, added_at as at, null as reason, case_id::text as row_key
                        from case_team where case_id in (:cases)
                        union all
                        select 'override', case_id, user_id, granted_at, reason, id::text
                        from case_access_overrides where case_id in (:cases) order by at""").param("cases", cases.keySet()).query(rs -> {
            rows.add(new Object[] {
                rs.getString("kind"),
                rs.getObject("case_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getTimestamp("at").toInstant(),
                rs.getString("reason"),
                rs.getString("row_key")
            });
        });
        Map<UUID, String> names =
                staff.namesOf(rows.stream().map(r -> (UUID) r[2]).toList());
        List<HeldRecord> records = new ArrayList<>();
        for (Object[] r : rows) {
            UUID user = (UUID) r[2];
            boolean team = "team".equals(r[0]);
            records.add(HeldRecord.of(
                            team ? "casework.case-team:" + r[5] + ":" + user : "casework.break-glass:" + r[5],
                            team ? "Staff on the case team" : "Access to the case from outside its team",
                            (java.time.Instant) r[3])
                    .field("Case", cases.get((UUID) r[1]).reference())
                    .field("Member of staff", names.getOrDefault(user, user.toString()))
                    .field("Reason given", r[4])
                    .build());
        }
        return records;
    }

    private HeldRecord record(
            CaseRecordKinds.Kind kind, ResultSet rs, Map<UUID, CaseOf> cases, Map<UUID, List<String>> others)
            throws SQLException {
        UUID caseId = rs.getObject("case_id", UUID.class);
        CaseOf inCase = cases.get(caseId);
        String rowKey = kind.idColumn() == null
                ? caseId + ":" + rs.getString("attended_on") + ":" + rs.getString("session")
                : rs.getObject(kind.idColumn(), UUID.class).toString();
        HeldRecord.Builder record = HeldRecord.of(
                        "casework." + kind.key() + ":" + rowKey,
                        kind.category(),
                        PersonExport.at(rs, kind.recordedColumn()))
                .field("Case", inCase.reference());
        for (CaseRecordKinds.Column column : kind.columns()) {
            String value = rs.getString(column.name());
            record.field(column.label(), value == null ? null : column.format().apply(value));
        }
        if (kind.encrypted() != null) {
            byte[] sealed = rs.getBytes(kind.encrypted().name());
            String opened = text.open(
                    inCase.child(),
                    FieldRef.of(kind.table(), kind.encrypted().name(), rs.getObject(kind.idColumn(), UUID.class)),
                    sealed);
            String value = opened == null ? null : kind.encrypted().format().apply(opened);
            record.field(kind.encrypted().label(), value);
            if (value != null) {
                String lower = value.toLowerCase(Locale.UK);
                others.getOrDefault(caseId, List.of()).stream()
                        .filter(name -> mentioned(lower, name))
                        .forEach(record::mentions);
            }
        }
        if (inCase.otherChild() != null) {
            record.mentions(inCase.otherChild());
        }
        return record.build();
    }

    /** By any part of the name of more than two letters: people are often written of by first name alone. */
    private static boolean mentioned(String text, String name) {
        for (String part : name.split(" ")) {
            if (part.length() > 2 && text.contains(part.toLowerCase(Locale.UK))) {
                return true;
            }
        }
        return false;
    }

    private Map<UUID, List<String>> otherPeople(java.util.Set<UUID> caseIds, PersonId person) {
        Map<UUID, List<String>> names = new HashMap<>();
        jdbc.sql("""
                        select c.id as case_id, concat_ws(' ', p.first_name, p.last_name) as name
                        from cases c join people p on p.id = c.child_id where c.id in (:cases) and p.id <> :person
                        union
                        select cp.case_id, concat_ws(' ', p.first_name, p.last_name)
                        from case_participants cp join people p on p.id = cp.person_id
                        where cp.case_id in (:cases) and p.id <> :person""").param("cases", caseIds).param("person", person.value()).query(rs -> {
            names.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getString("name"));
        });
        return names;
    }

    /** A case the person is in; {@code otherChild} names its child when that is someone else. */
    private record CaseOf(String reference, PersonId child, String otherChild) {}
}
