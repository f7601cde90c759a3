package org.custodia.governance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in error messages as people write them: 21 March 2022. */
public final class UkDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {}

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
