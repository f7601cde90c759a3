package org.custodia.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.custodia.shared.Nation;
import org.springframework.stereotype.Component;

/**
 * Bank holidays of the three UK jurisdictions, worked out by rule (with a table of one-off changes),
 * and the one-month deadline of a rights request (docs/rights.md, "Time limits").
 */
@Component
public class StatutoryCalendar {

    /** Bank holidays are set per jurisdiction: England and Wales share theirs. */
    public enum Jurisdiction {
        ENGLAND_AND_WALES,
        SCOTLAND,
        NORTHERN_IRELAND;

        public static Jurisdiction of(Nation nation) {
            switch (nation) {
                case SCOTLAND:
                    return SCOTLAND;
                case NORTHERN_IRELAND:
                    return NORTHERN_IRELAND;
                default:
                    return ENGLAND_AND_WALES;
            }
        }
    }

    /** A holiday moved or added by proclamation in one year, for every jurisdiction. */
    private record OneOff(LocalDate instead, LocalDate on) {}

    private static final List<OneOff> ONE_OFFS = List.of(
            new OneOff(null, LocalDate.of(2011, 4, 29)), // royal wedding
            new OneOff(LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4)), // spring holiday moved
            new OneOff(null, LocalDate.of(2012, 6, 5)), // Diamond Jubilee
            new OneOff(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)), // early May moved to VE Day
            new OneOff(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)), // spring holiday moved
            new OneOff(null, LocalDate.of(2022, 6, 3)), // Platinum Jubilee
            new OneOff(null, LocalDate.of(2022, 9, 19)), // state funeral of Queen Elizabeth II
            new OneOff(null, LocalDate.of(2023, 5, 8))); // coronation of King Charles III

    private final Map<String, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    public StatutoryCalendar() {}

    /** The deadline of a request with a statutory one-month clock. */
    public LocalDate deadline(LocalDate receivedOn, long pausedDays, int extensionMonths, Nation nation) {
        if (pausedDays < 0) {
            throw new IllegalArgumentException("Paused days cannot be negative: " + pausedDays);
        }
        if (extensionMonths < 0 || extensionMonths > 2) {
            throw new IllegalArgumentException("An extension is of one or two months: " + extensionMonths);
        }
        // Stop the clock (DUAA 2025, Art 12A): the days spent waiting for identity, a fee or clarification
        // do not count. The day of receipt is moved on by the paused days, and the month is then counted
        // from that day, so a request paused for its first ten days ends as one received ten days later.
        LocalDate start = receivedOn.plusDays(pausedDays);
        // One calendar month (plus the extension) to the corresponding date; plusMonths gives the last day
        // of a shorter month where that date does not exist (31 January -> 28 or 29 February). An
        // extension counts the further months from the same start, not from a deadline moved to a
        // working day.
        LocalDate end = start.plusMonths(1L + extensionMonths);
        return nextWorkingDay(end, nation);
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate nextWorkingDay(LocalDate day, Nation nation) {
        LocalDate next = day;
        while (!isWorkingDay(next, nation)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working day {@code days} working days after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days, Nation nation) {
        LocalDate next = from;
        int left = days;
        while (left > 0) {
            next = next.plusDays(1);
            if (isWorkingDay(next, nation)) {
                left--;
            }
        }
        return next;
    }

    public boolean isWorkingDay(LocalDate day, Nation nation) {
        return !weekend(day) && !isBankHoliday(day, nation);
    }

    public boolean isBankHoliday(LocalDate day, Nation nation) {
        return bankHolidays(day.getYear(), nation).contains(day);
    }

    public Set<LocalDate> bankHolidays(int year, Nation nation) {
        Jurisdiction jurisdiction = Jurisdiction.of(nation);
        return cache.computeIfAbsent(jurisdiction + "-" + year, key -> Set.copyOf(compute(year, jurisdiction)));
    }

    private static TreeSet<LocalDate> compute(int year, Jurisdiction jurisdiction) {
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (jurisdiction == Jurisdiction.SCOTLAND) {
            substituted(days, newYear, LocalDate.of(year, 1, 2));
        } else {
            substituted(days, newYear);
        }
        if (jurisdiction == Jurisdiction.NORTHERN_IRELAND) {
            substituted(days, LocalDate.of(year, 3, 17));
        }
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        if (jurisdiction != Jurisdiction.SCOTLAND) {
            days.add(easter.plusDays(1));
        }
        days.add(firstMonday(year, Month.MAY));
        days.add(lastMonday(year, Month.MAY));
        if (jurisdiction == Jurisdiction.NORTHERN_IRELAND) {
            substituted(days, LocalDate.of(year, 7, 12));
        }
        days.add(
                jurisdiction == Jurisdiction.SCOTLAND
                        ? firstMonday(year, Month.AUGUST)
                        : lastMonday(year, Month.AUGUST));
        if (jurisdiction == Jurisdiction.SCOTLAND) {
            substituted(days, LocalDate.of(year, 11, 30));
        }
        substituted(days, LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
        for (OneOff change : ONE_OFFS) {
            if (change.on().getYear() == year) {
                if (change.instead() != null) {
                    days.remove(change.instead());
                }
                days.add(change.on());
            }
        }
        return days;
    }

    /**
     * Adds holidays in order; one falling on a weekend, or on a day an earlier one already took, moves to
     * the next free weekday (Christmas on a Saturday: Monday; Boxing Day then Tuesday).
     */
    private static void substituted(TreeSet<LocalDate> days, LocalDate... holidays) {
        for (LocalDate holiday : holidays) {
            LocalDate day = holiday;
            while (weekend(day) || days.contains(day)) {
                day = day.plusDays(1);
            }
            days.add(day);
        }
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
