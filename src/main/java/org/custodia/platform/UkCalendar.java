package org.custodia.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as they are in the UK: "today" for a rule or a deadline is a UK day, whatever the server's zone. */
public final class UkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkCalendar() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * When something that lasts "until the end of" a day stops, in words: "the end of 2 January 2027"
     * when it stops at midnight UK time (never "3 January 2027, 12:00am", which reads as a day later),
     * else the day and time. The one wording for every expiry, in emails and on pages.
     */
    public static String until(Instant end) {
        ZonedDateTime local = end.atZone(ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "the end of " + DAY.format(local.toLocalDate().minusDays(1));
        }
        return DAY_AND_TIME.format(local).replace("AM", "am").replace("PM", "pm");
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);
}
