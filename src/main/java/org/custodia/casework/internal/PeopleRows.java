package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.PersonDetails;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.PersonView;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people table and its contact details. Row-level security confines every query to one organisation. */
@Repository
public class PeopleRows {

    private final JdbcClient jdbc;

    PeopleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId id, OrganisationId organisation, PersonDetails person, UserId by, Instant now) {
        jdbc.sql("""
                        insert into people (id, organisation_id, first_name, middle_names, last_name, preferred_name,
                            date_of_birth, date_of_death, nhs_number, unique_pupil_number, email, profession, employer,
                            created_by, created_at, updated_at)
                        values (:id, :organisation, :first, :middle, :last, :preferred, :born, :died, :nhs, :upn,
                            :email, :profession, :employer, :by, :now, :now)""")
                .params(columns(person))
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void update(PersonId id, PersonDetails person, Instant now) {
        jdbc.sql("""
                        update people set first_name = :first, middle_names = :middle, last_name = :last,
                            preferred_name = :preferred, date_of_birth = :born, date_of_death = :died, nhs_number = :nhs,
                            unique_pupil_number = :upn, email = :email, profession = :profession, employer = :employer,
                            updated_at = :now
                        where id = :id""")
                .params(columns(person))
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Records a date of death where none is recorded yet. */
    public void recordDeath(PersonId id, LocalDate died, Instant now) {
        jdbc.sql("update people set date_of_death = :died, updated_at = :now where id = :id and date_of_death is null")
                .param("died", died)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    public Optional<PersonDetails> find(PersonId id) {
        return jdbc.sql("select * from people where id = :id")
                .param("id", id.value())
                .query(PeopleRows::details)
                .optional();
    }

    /** The person's summary (name, date of birth), if they are in the current organisation. */
    /**
     * The ids of the cases a person is in, as the child or a participant (parameter {@code :person}): a
     * union, since "child or participant" in one condition defeats both indexes.
     */
    public static final String CASES_OF_PERSON = "(select id from cases where child_id = :person"
            + " union select case_id from case_participants where person_id = :person)";

    /** The kinds of the cases the person is in, as its child or a participant. */
    public java.util.Set<org.custodia.casework.CaseType> caseTypesOf(PersonId id) {
        java.util.Set<org.custodia.casework.CaseType> types =
                java.util.EnumSet.noneOf(org.custodia.casework.CaseType.class);
        jdbc.sql("select distinct case_type from cases where id in " + CASES_OF_PERSON)
                .param("person", id.value())
                .query(rs -> {
                    types.add(org.custodia.casework.CaseType.valueOf(rs.getString(1)));
                });
        return types;
    }

    public Optional<PersonSummary> findSummary(PersonId id) {
        return jdbc.sql("select * from people where id = :id")
                .param("id", id.value())
                .query(PeopleRows::summary)
                .optional();
    }

    /** Whether the reader may see this person (see {@link Visibility#PERSON}). */
    public boolean visible(PersonId id, UserId reader, Instant now) {
        return jdbc.sql("select count(*) from people p where p.id = :id and " + Visibility.PERSON)
                        .param("id", id.value())
                        .param("me", reader.value())
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** People the reader may see, by name (the choices when relating two people); at most 200. */
    public List<PersonSummary> visibleTo(UserId reader, Instant now) {
        return jdbc.sql("select p.* from people p where " + Visibility.PERSON
                        + " order by p.last_name, p.first_name limit 200")
                .param("me", reader.value())
                .param("now", Timestamp.from(now))
                .query(PeopleRows::summary)
                .list();
    }

    public void addAddress(OrganisationId organisation, PersonId person, PersonView.Address address, Instant now) {
        jdbc.sql("insert into person_addresses (id, organisation_id, person_id, line_1, line_2, town, postcode,"
                        + " created_at) values (:id, :organisation, :person, :line1, :line2, :town, :postcode, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("line1", address.line1())
                .param("line2", address.line2())
                .param("town", address.town())
                .param(
                        "postcode",
                        address.postcode() == null
                                ? null
                                : address.postcode().toUpperCase().trim())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void addTelephone(
            OrganisationId organisation, PersonId person, PersonView.Telephone telephone, Instant now) {
        jdbc.sql("insert into person_telephones (id, organisation_id, person_id, number, label, created_at)"
                        + " values (:id, :organisation, :person, :number, :label, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("number", telephone.number())
                .param("label", telephone.label())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<PersonView.Address> addresses(PersonId person) {
        return jdbc.sql("select * from person_addresses where person_id = :person order by created_at")
                .param("person", person.value())
                .query((row, n) -> new PersonView.Address(
                        row.getString("line_1"),
                        row.getString("line_2"),
                        row.getString("town"),
                        row.getString("postcode")))
                .list();
    }

    public List<PersonView.Telephone> telephones(PersonId person) {
        return jdbc.sql("select * from person_telephones where person_id = :person order by created_at")
                .param("person", person.value())
                .query((row, n) -> new PersonView.Telephone(row.getString("number"), row.getString("label")))
                .list();
    }

    static PersonSummary summary(ResultSet row, int n) throws SQLException {
        PersonDetails details = details(row, n);
        String name = details.fullName()
                + (details.preferredName() == null ? "" : " (known as " + details.preferredName() + ")");
        return new PersonSummary(
                new PersonId(row.getObject("id", UUID.class)),
                name,
                details.dateOfBirth(),
                details.deceased(),
                details.profession());
    }

    static PersonDetails details(ResultSet row, int n) throws SQLException {
        return new PersonDetails(
                row.getString("first_name"),
                row.getString("middle_names"),
                row.getString("last_name"),
                row.getString("preferred_name"),
                row.getObject("date_of_birth", LocalDate.class),
                row.getObject("date_of_death", LocalDate.class),
                row.getString("nhs_number"),
                row.getString("unique_pupil_number"),
                row.getString("email"),
                row.getString("profession"),
                row.getString("employer"));
    }

    private static Map<String, Object> columns(PersonDetails person) {
        Map<String, Object> params = new HashMap<>();
        params.put("first", person.firstName().trim());
        params.put("middle", blankToNull(person.middleNames()));
        params.put("last", person.lastName().trim());
        params.put("preferred", blankToNull(person.preferredName()));
        params.put("born", person.dateOfBirth());
        params.put("died", person.dateOfDeath());
        params.put("nhs", blankToNull(PersonRules.digits(person.nhsNumber())));
        params.put(
                "upn",
                person.uniquePupilNumber() == null
                        ? null
                        : blankToNull(person.uniquePupilNumber().toUpperCase()));
        params.put(
                "email",
                person.email() == null ? null : blankToNull(person.email().toLowerCase()));
        params.put("profession", blankToNull(person.profession()));
        params.put("employer", blankToNull(person.employer()));
        return params;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
