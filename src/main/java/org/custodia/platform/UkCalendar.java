package org.custodia.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as they are in the UK: "today" for a rule or a deadline is a UK day, whatever the server's zone. */
public final class UkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkCalendar() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
