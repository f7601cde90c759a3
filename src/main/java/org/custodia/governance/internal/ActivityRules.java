package org.custodia.governance.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.LawfulBasis;
import org.custodia.shared.InvalidInput;

/** What an entry of the record of processing must say (UK GDPR Art 30(1)) before it can be kept. */
public final class ActivityRules {

    static final int SHORT = 200;
    static final int LONG = 4000;

    private ActivityRules() {}

    public static void check(ActivityDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "name", details.name(), SHORT, "Enter the name of the processing activity");
        optional(errors, "description", details.description(), "Description");
        required(errors, "purposes", details.purposes(), LONG, "Enter the purposes of the processing");
        required(errors, "dataSubjects", details.dataSubjects(), LONG, "Enter the categories of people");
        required(errors, "personalData", details.personalData(), LONG, "Enter the categories of personal data");
        if (details.lawfulBasis() == null) {
            errors.put("lawfulBasis", "Select the lawful basis (Art 6)");
        } else if (details.lawfulBasis() == LawfulBasis.LEGITIMATE_INTERESTS
                && !details.caseTypes().isEmpty()) {
            errors.put(
                    "lawfulBasis",
                    "Legitimate interests is not available to public authorities for their public tasks:"
                            + " choose public task or legal obligation for casework");
        } else if (details.lawfulBasis().needsLegalProvision()) {
            required(
                    errors,
                    "legalProvision",
                    details.legalProvision(),
                    SHORT,
                    "Enter the law relied on for "
                            + details.lawfulBasis().label().toLowerCase() + ", for example Children Act 1989 s22");
        }
        optional(errors, "legalProvision", details.legalProvision(), "The law relied on");
        optional(errors, "recipients", details.recipients(), "Recipients");
        required(errors, "retention", details.retention(), LONG, "Enter how long the data is kept");
        optional(errors, "internationalTransfers", details.internationalTransfers(), "International transfers");
        if (details.automatedDecisions()) {
            required(
                    errors,
                    "automatedDecisionsDescription",
                    details.automatedDecisionsDescription(),
                    LONG,
                    "Describe the automated decision-making or profiling");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, message);
        } else if (value.length() > max) {
            errors.putIfAbsent(
                    field, message.replaceFirst("^Enter", "Shorten") + " to " + max + " characters or fewer");
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, String label) {
        if (value != null && value.length() > LONG) {
            errors.putIfAbsent(field, label + " must be " + LONG + " characters or fewer");
        }
    }
}
