package org.custodia.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custodia.identity.CourseStatus;
import org.custodia.identity.CourseStatus.State;
import org.custodia.identity.TrainingRecord;
import org.custodia.platform.UkCalendar;

/**
 * The rule for a sensitive-data grant: every course the organisation requires has a record current
 * today. An organisation that requires no course cannot grant at all, so that "trained users only"
 * never holds vacuously. Days are UK days, as the records are written.
 */
public final class TrainingRequirement {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TrainingRequirement() {}

    public static LocalDate today(Clock clock) {
        return UkCalendar.today(clock);
    }

    /** Course names match whatever their case and spacing, as people type them. */
    public static String normalised(String course) {
        return course == null ? "" : course.strip().replaceAll("\\s+", " ");
    }

    public static List<CourseStatus> assess(List<String> required, List<TrainingRecord> records, LocalDate today) {
        return required.stream().map(course -> assess(course, records, today)).toList();
    }

    public static boolean met(List<CourseStatus> statuses) {
        return !statuses.isEmpty() && statuses.stream().allMatch(CourseStatus::current);
    }

    /** The first day on which the training stops being current, unless renewed; none if it is not current. */
    public static Optional<LocalDate> lapsesOn(List<CourseStatus> statuses) {
        if (!met(statuses)) {
            return Optional.empty();
        }
        return statuses.stream().map(CourseStatus::expiresOn).min(Comparator.naturalOrder());
    }

    /** What is wrong, in words an administrator can act on, e.g. "Safeguarding children level 3 (no record)". */
    public static String unmet(List<CourseStatus> statuses) {
        if (statuses.isEmpty()) {
            return "your organisation requires no training yet";
        }
        return String.join(
                ", ",
                statuses.stream()
                        .filter(status -> !status.current())
                        .map(status -> status.state() == State.MISSING
                                ? status.course() + " (no record)"
                                : status.course() + " (expired on " + DATE.format(status.expiresOn()) + ")")
                        .toList());
    }

    private static CourseStatus assess(String course, List<TrainingRecord> records, LocalDate today) {
        String key = normalised(course).toLowerCase(Locale.ROOT);
        List<TrainingRecord> ofCourse = records.stream()
                .filter(record ->
                        normalised(record.course()).toLowerCase(Locale.ROOT).equals(key))
                .toList();
        Optional<LocalDate> current = ofCourse.stream()
                .filter(record -> record.currentOn(today))
                .map(TrainingRecord::expiresOn)
                .max(Comparator.naturalOrder());
        if (current.isPresent()) {
            return new CourseStatus(course, State.CURRENT, current.get());
        }
        return ofCourse.stream()
                .map(TrainingRecord::expiresOn)
                .max(Comparator.naturalOrder())
                .map(expired -> new CourseStatus(course, State.EXPIRED, expired))
                .orElse(new CourseStatus(course, State.MISSING, null));
    }
}
