package org.custodia.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.identity.RequiredCourse;
import org.custodia.identity.RequiredTraining;
import org.custodia.identity.SensitiveDataGrants;
import org.custodia.identity.UserTraining;
import org.custodia.identity.internal.RequiredCourses;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContextHolder;

/** Gives a user a sensitive-data grant the way an administrator would: current training, then the grant. */
@TestComponent
public class TestGrants {

    private final RequiredTraining required;
    private final UserTraining training;
    private final SensitiveDataGrants grants;

    TestGrants(RequiredTraining required, UserTraining training, SensitiveDataGrants grants) {
        this.required = required;
        this.training = training;
        this.grants = grants;
    }

    public void grant(TestUser administrator, TestUser user) {
        SecurityContextHolder.getContext().setAuthentication(administrator.authentication());
        try {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            if (required.courses().isEmpty()) {
                RequiredCourses.DEFAULTS.forEach(required::add);
            }
            for (RequiredCourse course : required.courses()) {
                training.add(user.id(), new NewTrainingRecord(course.name(), today.minusMonths(1), today.plusYears(1)));
            }
            grants.grant(user.id(), "Works on the children in care team");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
