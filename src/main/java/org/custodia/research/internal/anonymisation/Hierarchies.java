package org.custodia.research.internal.anonymisation;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The generalisation paths Custodia offers for quasi-identifiers (docs/research.md lists them). Each
 * returns the labels of one value from itself up to, not including, {@code *}.
 */
public final class Hierarchies {

    private Hierarchies() {}

    /** An event date (ISO yyyy-MM-dd): day, month, year. */
    public static Function<String, List<String>> eventDate() {
        return value -> {
            LocalDate.parse(value); // rejects what is not a date before it becomes a label
            return List.of(value, value.substring(0, 7), value.substring(0, 4));
        };
    }

    /**
     * A date of birth: day, month, year, then an age band of {@code bandWidth} years at the end of
     * {@code referenceYear} (a function of the year of birth, so every date of a year falls in one band).
     */
    public static Function<String, List<String>> dateOfBirth(Year referenceYear, int bandWidth) {
        return value -> {
            LocalDate date = LocalDate.parse(value);
            int age = Math.max(0, referenceYear.getValue() - date.getYear());
            int from = age / bandWidth * bandWidth;
            String band = String.format(Locale.UK, "aged %d to %d", from, from + bandWidth - 1);
            return List.of(value, value.substring(0, 7), value.substring(0, 4), band);
        };
    }

    /** A UK postcode: the full code, its sector, district and area ("SW1A 1AA", "SW1A 1", "SW1A", "SW"). */
    public static Function<String, List<String>> postcode() {
        return value -> {
            String code = value.trim().toUpperCase(Locale.UK).replaceAll("\\s+", "");
            if (code.length() < 5 || code.length() > 7) {
                throw new IllegalArgumentException("not a UK postcode: " + value);
            }
            String outward = code.substring(0, code.length() - 3);
            String inward = code.substring(code.length() - 3);
            int letters = 0;
            while (letters < outward.length() && Character.isLetter(outward.charAt(letters))) {
                letters++;
            }
            return List.of(value, outward + " " + inward.charAt(0), outward, outward.substring(0, letters));
        };
    }

    /** The ONS 2021 census ethnic groups for England and Wales: 19 categories in 5 high-level groups. */
    public static Function<String, List<String>> ethnicity() {
        return grouped(OnsEthnicGroups.MAJOR_GROUP, "ethnicity");
    }

    /** A value generalised to a group by a map (e.g. legal status to its part of the Children Act). */
    public static Function<String, List<String>> grouped(Map<String, String> groups, String what) {
        return value -> {
            String group = groups.get(value);
            if (group == null) {
                throw new IllegalArgumentException("no " + what + " group for " + value);
            }
            return List.of(value, group);
        };
    }

    /** A value kept or suppressed, with nothing between (e.g. sex). */
    public static Function<String, List<String>> keptOrSuppressed() {
        return List::of;
    }
}
