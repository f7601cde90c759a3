package org.custodia.consent.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentingParty;
import org.custodia.consent.PurposeDetails;
import org.custodia.shared.InvalidInput;

/** What a consent, a withdrawal or a purpose must say; every problem at once, in the GOV.UK error style. */
public final class ConsentRules {

    public static final int NAME_LENGTH = 200;
    public static final int WORDING_LENGTH = 5000;

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ConsentRules() {}

    /** The who, how and when of giving or withdrawing; {@code verb} is "given" or "withdrawn". */
    public static Map<String, String> problems(
            ConsentingParty by, ConsentMethod method, LocalDate on, LocalDate today, String verb) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (by == null) {
            errors.put("onBehalf", "Select who " + (verb.equals("given") ? "gave" : "withdrew") + " consent");
        } else if (by.onBehalf()) {
            if (blank(by.name())) {
                errors.put("byName", "Enter the name of the person who acted on their behalf");
            } else if (by.name().length() > NAME_LENGTH) {
                errors.put("byName", "Name must be " + NAME_LENGTH + " characters or fewer");
            }
            if (blank(by.relationship())) {
                errors.put("byRelationship", "Enter their relationship to the person, like mother or foster carer");
            } else if (by.relationship().length() > NAME_LENGTH) {
                errors.put("byRelationship", "Relationship must be " + NAME_LENGTH + " characters or fewer");
            }
        }
        if (method == null) {
            errors.put("method", "Select how consent was " + verb);
        }
        if (on == null) {
            errors.put("date", "Enter the date consent was " + verb);
        } else if (on.isAfter(today)) {
            errors.put("date", "The date consent was " + verb + " must be today or in the past");
        }
        return errors;
    }

    public static void checkWithdrawalDate(LocalDate withdrawnOn, LocalDate givenOn) {
        if (withdrawnOn != null && givenOn != null && withdrawnOn.isBefore(givenOn)) {
            throw new InvalidInput(
                    "date",
                    "The date consent was withdrawn must be on or after the date it was given, "
                            + UK_DATE.format(givenOn));
        }
    }

    public static void check(PurposeDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (details == null || blank(details.name())) {
            errors.put("name", "Enter the name of the purpose");
        } else if (details.name().trim().length() > NAME_LENGTH) {
            errors.put("name", "Name must be " + NAME_LENGTH + " characters or fewer");
        }
        if (details == null || blank(details.wording())) {
            errors.put("wording", "Enter the wording the person is shown when asked for consent");
        } else if (details.wording().trim().length() > WORDING_LENGTH) {
            errors.put("wording", "Wording must be " + WORDING_LENGTH + " characters or fewer");
        }
        if (details != null
                && details.processingActivity() != null
                && details.processingActivity().length() > 500) {
            errors.put("processingActivity", "Processing activity must be 500 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
