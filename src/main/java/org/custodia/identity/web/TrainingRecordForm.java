package org.custodia.identity.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.shared.InvalidInput;

/**
 * The training record form as the page posts it: a course chosen from the organisation's required
 * courses or typed in, and two GOV.UK date inputs. Mistakes in the form itself are all reported at
 * once; the rules about the dates are the facade's.
 */
public class TrainingRecordForm {

    /** The radio for a course that is not on the organisation's list. */
    static final String ANOTHER_COURSE = "_another";

    private String course = "";
    private String otherCourse = "";
    private String completedOnDay = "";
    private String completedOnMonth = "";
    private String completedOnYear = "";
    private String expiresOnDay = "";
    private String expiresOnMonth = "";
    private String expiresOnYear = "";

    NewTrainingRecord toRecord() {
        Map<String, String> errors = new LinkedHashMap<>();
        // A name typed without selecting "Another course" still says which course was meant.
        boolean another = ANOTHER_COURSE.equals(course) || (blank(course) && !blank(otherCourse));
        String chosen = another ? otherCourse : course;
        if (blank(course) && blank(otherCourse)) {
            errors.put("course", "Select the course, or select another course and enter its name");
        } else if (blank(chosen)) {
            errors.put("otherCourse", "Enter the name of the course");
        }
        LocalDate completed =
                date(errors, "completedOn", "Date completed", completedOnDay, completedOnMonth, completedOnYear);
        LocalDate expires = date(errors, "expiresOn", "Expiry date", expiresOnDay, expiresOnMonth, expiresOnYear);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NewTrainingRecord(chosen, completed, expires);
    }

    private static LocalDate date(
            Map<String, String> errors, String field, String label, String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        String missing = blank(day) ? "day" : blank(month) ? "month" : blank(year) ? "year" : null;
        if (missing != null) {
            errors.put(field, label + " must include a " + missing);
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field, label + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getOtherCourse() {
        return otherCourse;
    }

    public void setOtherCourse(String otherCourse) {
        this.otherCourse = otherCourse;
    }

    public String getCompletedOnDay() {
        return completedOnDay;
    }

    public void setCompletedOnDay(String value) {
        this.completedOnDay = value;
    }

    public String getCompletedOnMonth() {
        return completedOnMonth;
    }

    public void setCompletedOnMonth(String value) {
        this.completedOnMonth = value;
    }

    public String getCompletedOnYear() {
        return completedOnYear;
    }

    public void setCompletedOnYear(String value) {
        this.completedOnYear = value;
    }

    public String getExpiresOnDay() {
        return expiresOnDay;
    }

    public void setExpiresOnDay(String value) {
        this.expiresOnDay = value;
    }

    public String getExpiresOnMonth() {
        return expiresOnMonth;
    }

    public void setExpiresOnMonth(String value) {
        this.expiresOnMonth = value;
    }

    public String getExpiresOnYear() {
        return expiresOnYear;
    }

    public void setExpiresOnYear(String value) {
        this.expiresOnYear = value;
    }
}
