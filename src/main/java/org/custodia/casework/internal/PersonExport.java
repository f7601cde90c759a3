package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseType;
import org.custodia.casework.PersonId;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.SensitiveCategory;
import org.custodia.personaldata.HeldRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What casework keeps about a person themselves, for a subject access response: their details,
 * contact details, special-category values (decrypted), relationships and the cases they are in.
 */
@Component
class PersonExport {

    private final JdbcClient jdbc;
    private final FreeText text;

    PersonExport(JdbcClient jdbc, FreeText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    List<HeldRecord> of(PersonId person) {
        List<HeldRecord> records = new ArrayList<>();
        jdbc.sql("select * from people where id = :person")
                .param("person", person.value())
                .query((rs, n) -> details(rs))
                .list()
                .forEach(records::add);
        records.addAll(jdbc.sql("select * from person_addresses where person_id = :person order by created_at")
                .param("person", person.value())
                .query((rs, n) -> HeldRecord.of("casework.address:" + id(rs), "Addresses", at(rs, "created_at"))
                        .field("Line 1", rs.getString("line_1"))
                        .field("Line 2", rs.getString("line_2"))
                        .field("Town", rs.getString("town"))
                        .field("Postcode", rs.getString("postcode"))
                        .build())
                .list());
        records.addAll(jdbc.sql("select * from person_telephones where person_id = :person order by created_at")
                .param("person", person.value())
                .query((rs, n) -> HeldRecord.of(
                                "casework.telephone:" + id(rs), "Telephone numbers", at(rs, "created_at"))
                        .field("Number", rs.getString("number"))
                        .field("Label", rs.getString("label"))
                        .build())
                .list());
        records.addAll(sensitive(person));
        records.addAll(relationships(person));
        records.addAll(cases(person));
        return records;
    }

    private List<HeldRecord> sensitive(PersonId person) {
        return jdbc.sql("select category, ciphertext, recorded_at from person_sensitive_data where person_id = :person"
                        + " order by category")
                .param("person", person.value())
                .query((rs, n) -> {
                    SensitiveCategory category = SensitiveCategory.valueOf(rs.getString("category"));
                    String value =
                            text.open(person, SensitiveFields.field(person, category), rs.getBytes("ciphertext"));
                    return HeldRecord.of(
                                    "casework.sensitive:" + person.value() + ":" + category.field(),
                                    "Special-category information",
                                    at(rs, "recorded_at"))
                            .field("Category", category.label())
                            .field("Value", value)
                            .build();
                })
                .list();
    }

    private List<HeldRecord> relationships(PersonId person) {
        return jdbc.sql("""
                        select r.id, r.kind, r.created_at, r.person_id = :person as subject_first,
                            concat_ws(' ', a.first_name, a.last_name) as first_name,
                            concat_ws(' ', b.first_name, b.last_name) as second_name
                        from relationships r join people a on a.id = r.person_id join people b on b.id = r.related_person_id
                        where r.person_id = :person or r.related_person_id = :person order by r.created_at""")
                .param("person", person.value())
                .query((rs, n) -> {
                    RelationshipKind kind = RelationshipKind.valueOf(rs.getString("kind"));
                    String first = rs.getString("first_name");
                    String second = rs.getString("second_name");
                    boolean professional = kind == RelationshipKind.PROFESSIONAL_INVOLVED;
                    return HeldRecord.of("casework.relationship:" + id(rs), "Relationships", at(rs, "created_at"))
                            .field(
                                    "Relationship",
                                    first + " is " + (professional ? "a " : "the ") + kind.phrase()
                                            + (professional ? " " : " of ") + second)
                            .mentions(rs.getBoolean("subject_first") ? second : first)
                            .build();
                })
                .list();
    }

    private List<HeldRecord> cases(PersonId person) {
        return jdbc.sql("""
                        select c.id, c.reference, c.case_type, c.status, c.opened_on, c.closed_on, c.created_at,
                            c.child_id = :person as is_child, p.role,
                            concat_ws(' ', k.first_name, k.last_name) as child_name
                        from cases c join people k on k.id = c.child_id
                        left join case_participants p on p.case_id = c.id and p.person_id = :person
                        where c.id in """ + PeopleRows.CASES_OF_PERSON + " order by c.opened_on")
                .param("person", person.value())
                .query((rs, n) -> {
                    boolean child = rs.getBoolean("is_child");
                    HeldRecord.Builder record = HeldRecord.of("casework.case:" + id(rs), "Cases", at(rs, "created_at"))
                            .field("Reference", rs.getString("reference"))
                            .field(
                                    "Kind of case",
                                    CaseType.valueOf(rs.getString("case_type")).label())
                            .field("Status", rs.getString("status").equals("OPEN") ? "Open" : "Closed")
                            .field("Opened on", rs.getObject("opened_on", java.time.LocalDate.class))
                            .field("Closed on", rs.getObject("closed_on", java.time.LocalDate.class))
                            .field("Part in the case", child ? "The child the case is about" : rs.getString("role"));
                    if (!child) {
                        record.field("Child", rs.getString("child_name")).mentions(rs.getString("child_name"));
                    }
                    return record.build();
                })
                .list();
    }

    private static HeldRecord details(ResultSet rs) throws SQLException {
        return HeldRecord.of("casework.person:" + id(rs), "Personal details", at(rs, "created_at"))
                .field("First name", rs.getString("first_name"))
                .field("Middle names", rs.getString("middle_names"))
                .field("Last name", rs.getString("last_name"))
                .field("Preferred name", rs.getString("preferred_name"))
                .field("Date of birth", rs.getObject("date_of_birth", java.time.LocalDate.class))
                .field("Date of death", rs.getObject("date_of_death", java.time.LocalDate.class))
                .field("NHS number", rs.getString("nhs_number"))
                .field("Unique pupil number", rs.getString("unique_pupil_number"))
                .field("Email", rs.getString("email"))
                .field("Profession", rs.getString("profession"))
                .field("Employer", rs.getString("employer"))
                .field("Last updated", rs.getTimestamp("updated_at").toInstant())
                .build();
    }

    static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject("id", UUID.class);
    }

    static Instant at(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
