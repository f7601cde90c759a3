package org.custodia.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.casework.PersonDetails;
import org.custodia.shared.InvalidInput;

/** What a person's record must satisfy, with messages in the GOV.UK style. */
public final class PersonRules {

    private PersonRules() {}

    public static void check(PersonDetails person, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(person.firstName())) {
            errors.put("firstName", "Enter a first name");
        }
        if (blank(person.lastName())) {
            errors.put("lastName", "Enter a last name");
        }
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(today)) {
            errors.put("dateOfBirth", "Date of birth must be today or in the past");
        }
        if (person.dateOfDeath() != null) {
            if (person.dateOfDeath().isAfter(today)) {
                errors.put("dateOfDeath", "Date of death must be today or in the past");
            } else if (person.dateOfBirth() != null && person.dateOfDeath().isBefore(person.dateOfBirth())) {
                errors.put("dateOfDeath", "Date of death must be on or after the date of birth");
            }
        }
        if (!blank(person.nhsNumber()) && !validNhsNumber(digits(person.nhsNumber()))) {
            errors.put("nhsNumber", "Enter a valid 10-digit NHS number, like 485 777 3456");
        }
        if (!blank(person.uniquePupilNumber())
                && !person.uniquePupilNumber().trim().toUpperCase().matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            errors.put("uniquePupilNumber", "Enter a unique pupil number of 13 characters, like A123456789012");
        }
        if (!blank(person.email()) && !person.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter an email address in the correct format, like name@example.org");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** NHS numbers end in a Modulus 11 check digit over the first nine (weights 10 down to 2). */
    static boolean validNhsNumber(String digits) {
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    public static String digits(String value) {
        return value == null ? null : value.replaceAll("[\\s-]", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
