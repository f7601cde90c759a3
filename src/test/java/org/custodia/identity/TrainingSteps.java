package org.custodia.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.custodia.shared.UserId;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sets up required courses, training records and grants through the facades, signed in as the
 * administrator who would do it, so that tests start from the state they describe.
 */
final class TrainingSteps {

    static final String DATA_PROTECTION = "Data protection and information governance";
    static final String SAFEGUARDING = "Safeguarding children level 3";

    private final RequiredTraining required;
    private final UserTraining training;
    private final SensitiveDataGrants grants;

    TrainingSteps(RequiredTraining required, UserTraining training, SensitiveDataGrants grants) {
        this.required = required;
        this.training = training;
        this.grants = grants;
    }

    /** Today in the UK, by the real clock (tests move the application's clock from here). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static <T> T as(TestUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void as(TestUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    void require(TestUser administrator, String... courses) {
        as(administrator, () -> {
            for (String course : courses) {
                required.add(course);
            }
        });
    }

    /** A record completed a year ago that stops counting in the given number of days. */
    TrainingRecordId trained(TestUser administrator, TestUser user, String course, int expiresInDays) {
        return trained(administrator, user.id(), course, today().minusYears(1), today().plusDays(expiresInDays));
    }

    TrainingRecordId trained(
            TestUser administrator, UserId user, String course, LocalDate completedOn, LocalDate expiresOn) {
        return as(administrator, () -> training.add(user, new NewTrainingRecord(course, completedOn, expiresOn)));
    }

    /** Both default courses current for the given number of days, then a grant. */
    void grantedFor(TestUser administrator, TestUser user, int days) {
        trained(administrator, user, DATA_PROTECTION, days);
        trained(administrator, user, SAFEGUARDING, days + 100);
        as(administrator, () -> grants.grant(user.id(), "Works on the looked-after children team"));
    }

    void revoke(TestUser administrator, TestUser user) {
        as(administrator, () -> grants.revoke(user.id(), "Moved to another team"));
    }
}
