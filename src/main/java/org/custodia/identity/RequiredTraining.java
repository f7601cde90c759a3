package org.custodia.identity;

import java.util.List;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.GrantLapses;
import org.custodia.identity.internal.RequiredCourses;
import org.custodia.identity.internal.TrainingRequirement;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses an organisation requires before anyone may hold a sensitive-data grant. Changing the
 * list applies at once: holders without a current record of a newly required course lose their grant.
 */
@Component
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
public class RequiredTraining {

    private static final int LONGEST_NAME = 200;

    private final RequiredCourses courses;
    private final GrantLapses lapses;
    private final AuditTrail audit;

    RequiredTraining(RequiredCourses courses, GrantLapses lapses, AuditTrail audit) {
        this.courses = courses;
        this.lapses = lapses;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<RequiredCourse> courses() {
        return courses.all();
    }

    @Transactional
    public RequiredCourseId add(String name) {
        String course = TrainingRequirement.normalised(name);
        if (course.isEmpty()) {
            throw new InvalidInput("name", "Enter the name of the course");
        }
        if (course.length() > LONGEST_NAME) {
            throw new InvalidInput("name", "Course name must be " + LONGEST_NAME + " characters or fewer");
        }
        if (courses.exists(course)) {
            throw new InvalidInput("name", "Your organisation already requires this course");
        }
        OrganisationId organisation = Tenancy.current().orElseThrow();
        RequiredCourseId id = courses.insert(organisation, course);
        audit.record(AuditRecord.of("required-course.added", Outcome.SUCCESS)
                .about("required-course", id)
                .withDetail("course: " + course));
        lapses.inOrganisation(organisation);
        return id;
    }

    @Transactional
    public void remove(RequiredCourseId id) {
        RequiredCourse course = courses.find(id).orElseThrow(() -> new NotFound("Required course"));
        if (courses.all().size() == 1) {
            throw new InvalidInput(
                    "courses", "Your organisation must require at least one course; add another before removing this");
        }
        OrganisationId organisation = Tenancy.current().orElseThrow();
        // Grants that have already lapsed stay lapsed, even if this course was the one missing.
        lapses.inOrganisation(organisation);
        courses.delete(id);
        audit.record(AuditRecord.of("required-course.removed", Outcome.SUCCESS)
                .about("required-course", id)
                .withDetail("course: " + course.name()));
    }
}
