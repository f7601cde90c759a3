package org.custodia.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.identity.CourseStatus;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Where users stand today against their organisation's required training. Read at the moment of
 * asking, with the injected clock, so an expiry takes effect without waiting for any job.
 */
@Component
public class GrantConditions {

    private final RequiredCourses courses;
    private final TrainingRecords records;
    private final Clock clock;

    GrantConditions(RequiredCourses courses, TrainingRecords records, Clock clock) {
        this.courses = courses;
        this.records = records;
        this.clock = clock;
    }

    public LocalDate today() {
        return TrainingRequirement.today(clock);
    }

    public List<CourseStatus> of(UserId user) {
        return TrainingRequirement.assess(courses.names(), records.of(user), today());
    }

    public Map<UserId, List<CourseStatus>> of(Collection<UserId> users) {
        List<String> required = courses.names();
        var recordsByUser = records.of(users);
        LocalDate today = today();
        Map<UserId, List<CourseStatus>> statuses = new LinkedHashMap<>();
        for (UserId user : users) {
            statuses.put(
                    user, TrainingRequirement.assess(required, recordsByUser.getOrDefault(user, List.of()), today));
        }
        return statuses;
    }
}
