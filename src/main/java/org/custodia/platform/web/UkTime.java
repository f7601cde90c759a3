package org.custodia.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custodia.platform.UkCalendar;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them: UK time, GOV.UK style ("23 November 2026, 2:05pm"). */
@Component("ukTime")
public class UkTime {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(UkCalendar.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String format(Instant instant) {
        return instant == null
                ? ""
                : DATE_TIME.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    /** An expiry in the words emails use too: "the end of 2 January 2027". */
    public String until(Instant end) {
        return end == null ? "" : UkCalendar.until(end);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
