package org.custodia.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's access to sensitive data as administrators see it: whether they hold a current grant,
 * who gave it and why, the day it lapses unless their training is renewed, and each required course.
 */
public record GrantStatus(
        boolean granted,
        Instant grantedAt,
        String grantedBy,
        String reason,
        LocalDate lapsesOn,
        List<CourseStatus> training) {

    /** True when every required course has a current record, so a grant could be given today. */
    public boolean trainingCurrent() {
        return !training.isEmpty() && training.stream().allMatch(CourseStatus::current);
    }
}
