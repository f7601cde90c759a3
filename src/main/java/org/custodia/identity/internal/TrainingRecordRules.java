package org.custodia.identity.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.shared.InvalidInput;

/** The rules every training record keeps, with messages in the GOV.UK style. */
public final class TrainingRecordRules {

    // Earlier years are typing mistakes; later ones would not survive the trip to PostgreSQL intact.
    private static final int EARLIEST_YEAR = 1950;
    private static final int LATEST_YEAR = 9999;
    private static final int LONGEST_COURSE = 200;

    private TrainingRecordRules() {}

    public static void check(NewTrainingRecord record, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String course = TrainingRequirement.normalised(record.course());
        if (course.isEmpty()) {
            errors.put("course", "Enter the course");
        } else if (course.length() > LONGEST_COURSE) {
            errors.put("course", "Course must be " + LONGEST_COURSE + " characters or fewer");
        }
        LocalDate completed = record.completedOn();
        if (completed == null) {
            errors.put("completedOn", "Enter the date the course was completed");
        } else if (completed.isAfter(today)) {
            errors.put("completedOn", "Date completed must be today or in the past");
        } else if (completed.getYear() < EARLIEST_YEAR) {
            errors.put("completedOn", "Date completed must be a real date");
        }
        LocalDate expires = record.expiresOn();
        if (expires == null) {
            errors.put("expiresOn", "Enter the date the training expires");
        } else if (expires.getYear() > LATEST_YEAR) {
            errors.put("expiresOn", "Expiry date must be a real date");
        } else if (completed != null && !expires.isAfter(completed)) {
            errors.put("expiresOn", "Expiry date must be after the date completed");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
