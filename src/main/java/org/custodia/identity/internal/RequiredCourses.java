package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.identity.RequiredCourse;
import org.custodia.identity.RequiredCourseId;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The required_courses table; row-level security keeps each organisation to its own list. */
@Repository
public class RequiredCourses {

    /** What a new organisation starts with; its administrators change the list to suit. */
    public static final List<String> DEFAULTS =
            List.of("Data protection and information governance", "Safeguarding children level 3");

    private final JdbcClient jdbc;
    private final Clock clock;

    RequiredCourses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<RequiredCourse> all() {
        return jdbc.sql("select id, name from required_courses order by lower(name)")
                .query((row, n) -> new RequiredCourse(
                        new RequiredCourseId(row.getObject("id", UUID.class)), row.getString("name")))
                .list();
    }

    public List<String> names() {
        return all().stream().map(RequiredCourse::name).toList();
    }

    public Optional<RequiredCourse> find(RequiredCourseId id) {
        return all().stream().filter(course -> course.id().equals(id)).findFirst();
    }

    public boolean exists(String name) {
        return jdbc.sql("select count(*) from required_courses where lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public RequiredCourseId insert(OrganisationId organisation, String name) {
        RequiredCourseId id = RequiredCourseId.random();
        jdbc.sql("insert into required_courses (id, organisation_id, name, created_at)"
                        + " values (:id, :organisation, :name, :now)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("name", name)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    public void addDefaults(OrganisationId organisation) {
        DEFAULTS.forEach(name -> insert(organisation, name));
    }

    public void delete(RequiredCourseId id) {
        jdbc.sql("delete from required_courses where id = :id")
                .param("id", id.value())
                .update();
    }
}
