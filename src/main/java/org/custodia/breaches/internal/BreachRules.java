package org.custodia.breaches.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.breaches.NewBreach;
import org.custodia.breaches.OccurrencePrecision;
import org.custodia.shared.InvalidInput;

/** What a breach record must say before it is kept; every problem at once, named by its field. */
public final class BreachRules {

    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 10_000;

    private BreachRules() {}

    public static void check(NewBreach breach, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", "a title", breach.title(), SHORT_TEXT);
        text(errors, "description", "what happened", breach.description(), LONG_TEXT);
        OccurrencePrecision precision =
                breach.occurred() == null ? null : breach.occurred().precision();
        Instant occurredAt =
                breach.occurred() == null ? null : breach.occurred().at();
        if (precision == null) {
            errors.put("occurredPrecision", "Select whether you know when the breach happened");
        } else if (precision != OccurrencePrecision.NOT_KNOWN && occurredAt == null) {
            errors.put("occurredAt", "Enter when the breach happened, or select that it is not known");
        } else if (precision == OccurrencePrecision.NOT_KNOWN && occurredAt != null) {
            errors.put("occurredAt", "Give no time for when the breach happened if it is not known");
        } else if (occurredAt != null && occurredAt.isAfter(now)) {
            errors.put("occurredAt", "When the breach happened must be in the past");
        }
        Instant awareAt = breach.awareAt();
        if (awareAt == null) {
            errors.putIfAbsent("awareAt", "Enter when the organisation became aware of the breach");
        } else if (awareAt.isAfter(now)) {
            errors.put("awareAt", "When the organisation became aware must be now or in the past");
        } else if (occurredAt != null && precision != OccurrencePrecision.NOT_KNOWN && awareAt.isBefore(occurredAt)) {
            errors.put("awareAt", "When the organisation became aware cannot be before the breach happened");
        }
        text(errors, "discovery", "how the breach was discovered", breach.discovery(), LONG_TEXT);
        count(errors, "peopleAffected", "The number of people affected", breach.peopleAffected());
        count(errors, "recordsAffected", "The number of records affected", breach.recordsAffected());
        if (breach.nature().isEmpty()) {
            errors.put("nature", "Select at least one kind of breach: confidentiality, integrity or availability");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Required text of at most {@code max} characters; {@code what} completes "Enter ...". */
    public static void text(Map<String, String> errors, String field, String what, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter " + what);
        } else if (value.length() > max) {
            errors.put(field, capitalised(what) + " must be " + max + " characters or fewer");
        }
    }

    public static String required(String field, String what, String value, int max) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, field, what, value, max);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return value.trim();
    }

    private static void count(Map<String, String> errors, String field, String label, Integer value) {
        if (value != null && value < 0) {
            errors.put(field, label + " must be 0 or more");
        }
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
