package org.custodia.identity.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.custodia.identity.UserDetails;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Role;

/** The rules every user account keeps, with messages in the GOV.UK style. */
public final class UserRules {

    /** Users of the professional portal must be at least 16 (a notice's own rule). */
    public static final int MINIMUM_AGE = 16;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private UserRules() {}

    public static void check(UserDetails user, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        tooLong(errors, "title", user.title(), 35, "Title");
        required(errors, "firstName", user.firstName(), "Enter a first name");
        tooLong(errors, "firstName", user.firstName(), 100, "First name");
        tooLong(errors, "middleName", user.middleName(), 100, "Middle names");
        required(errors, "lastName", user.lastName(), "Enter a last name");
        tooLong(errors, "lastName", user.lastName(), 100, "Last name");
        required(errors, "email", user.email(), "Enter an email address");
        if (!errors.containsKey("email")
                && (user.email().length() > 254
                        || !EMAIL.matcher(user.email().trim()).matches())) {
            errors.put("email", "Enter an email address in the correct format, like name@example.org");
        }
        required(errors, "jobRole", user.jobRole(), "Enter a job role");
        tooLong(errors, "jobRole", user.jobRole(), 100, "Job role");
        checkAge(errors, user, today);
        if (user.roles().isEmpty()) {
            errors.put("roles", "Select at least one role");
        } else if (user.roles().contains(Role.PLATFORM_OPERATOR)) {
            errors.put("roles", "Platform operator is not a role in an organisation");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void checkAge(Map<String, String> errors, UserDetails user, LocalDate today) {
        LocalDate born = user.dateOfBirth();
        if (born == null) {
            if (!user.attestedSixteenOrOver()) {
                errors.put("dateOfBirth", "Enter a date of birth or confirm the user is aged 16 or over");
            }
        } else if (!born.isBefore(today)) {
            errors.put("dateOfBirth", "Date of birth must be in the past");
        } else if (Period.between(born, today).getYears() < MINIMUM_AGE) {
            errors.put("dateOfBirth", "Users must be aged 16 or over");
        } else if (born.isBefore(today.minusYears(120))) {
            errors.put("dateOfBirth", "Date of birth must be a real date of birth");
        }
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max, String label) {
        if (value != null && value.trim().length() > max && !errors.containsKey(field)) {
            errors.put(field, label + " must be " + max + " characters or fewer");
        }
    }
}
