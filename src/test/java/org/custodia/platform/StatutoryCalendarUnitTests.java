package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodia.shared.Nation.ENGLAND;
import static org.custodia.shared.Nation.NORTHERN_IRELAND;
import static org.custodia.shared.Nation.SCOTLAND;
import static org.custodia.shared.Nation.WALES;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one-month clock and the bank holidays of each nation, pinned against the published calendars. */
class StatutoryCalendarUnitTests {

    private final StatutoryCalendar calendar = new StatutoryCalendar();

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theDeadlineIsTheCorrespondingDateOfTheNextMonth() {
        // Monday 3 March 2025 -> Thursday 3 April 2025
        assertThat(calendar.deadline(day(2025, 3, 3), 0, 0, ENGLAND)).isEqualTo(day(2025, 4, 3));
    }

    @Test
    void aMonthWithoutTheCorrespondingDateEndsOnItsLastDay() {
        assertThat(calendar.deadline(day(2025, 1, 31), 0, 0, ENGLAND)).isEqualTo(day(2025, 2, 28));
        assertThat(calendar.deadline(day(2025, 3, 31), 0, 0, ENGLAND)).isEqualTo(day(2025, 4, 30));
    }

    @Test
    void aLeapYearEndsOnTheTwentyNinthOfFebruary() {
        assertThat(calendar.deadline(day(2024, 1, 31), 0, 0, ENGLAND)).isEqualTo(day(2024, 2, 29));
        assertThat(calendar.deadline(day(2024, 1, 29), 0, 0, ENGLAND)).isEqualTo(day(2024, 2, 29));
        // 29 February 2024 -> 29 March 2024 is Good Friday, then the weekend and Easter Monday.
        assertThat(calendar.deadline(day(2024, 2, 29), 0, 0, ENGLAND)).isEqualTo(day(2024, 4, 2));
    }

    @Test
    void anEndOnAWeekendMovesToMonday() {
        // Friday 5 September 2025 -> Sunday 5 October -> Monday 6 October
        assertThat(calendar.deadline(day(2025, 9, 5), 0, 0, ENGLAND)).isEqualTo(day(2025, 10, 6));
        // Saturday 4 October 2025 -> Tuesday 4 November: a weekend receipt still counts from that day
        assertThat(calendar.deadline(day(2025, 10, 4), 0, 0, ENGLAND)).isEqualTo(day(2025, 11, 4));
    }

    @Test
    void theSummerHolidayIsLateAugustInEnglandAndEarlyAugustInScotland() {
        // 25 August 2025: England's summer bank holiday, a working day in Scotland
        assertThat(calendar.deadline(day(2025, 7, 25), 0, 0, ENGLAND)).isEqualTo(day(2025, 8, 26));
        assertThat(calendar.deadline(day(2025, 7, 25), 0, 0, WALES)).isEqualTo(day(2025, 8, 26));
        assertThat(calendar.deadline(day(2025, 7, 25), 0, 0, NORTHERN_IRELAND)).isEqualTo(day(2025, 8, 26));
        assertThat(calendar.deadline(day(2025, 7, 25), 0, 0, SCOTLAND)).isEqualTo(day(2025, 8, 25));
        // 4 August 2025: Scotland's, a working day elsewhere
        assertThat(calendar.deadline(day(2025, 7, 4), 0, 0, SCOTLAND)).isEqualTo(day(2025, 8, 5));
        assertThat(calendar.deadline(day(2025, 7, 4), 0, 0, ENGLAND)).isEqualTo(day(2025, 8, 4));
    }

    @Test
    void secondOfJanuaryIsAHolidayInScotlandOnly() {
        // Friday 2 January 2026
        assertThat(calendar.deadline(day(2025, 12, 2), 0, 0, SCOTLAND)).isEqualTo(day(2026, 1, 5));
        assertThat(calendar.deadline(day(2025, 12, 2), 0, 0, ENGLAND)).isEqualTo(day(2026, 1, 2));
    }

    @Test
    void theTwelfthOfJulyAndStPatricksDayAreHolidaysInNorthernIrelandOnly() {
        // Friday 12 July 2024
        assertThat(calendar.deadline(day(2024, 6, 12), 0, 0, NORTHERN_IRELAND)).isEqualTo(day(2024, 7, 15));
        assertThat(calendar.deadline(day(2024, 6, 12), 0, 0, ENGLAND)).isEqualTo(day(2024, 7, 12));
        // Tuesday 17 March 2026
        assertThat(calendar.deadline(day(2026, 2, 17), 0, 0, NORTHERN_IRELAND)).isEqualTo(day(2026, 3, 18));
        assertThat(calendar.deadline(day(2026, 2, 17), 0, 0, SCOTLAND)).isEqualTo(day(2026, 3, 17));
    }

    @Test
    void stAndrewsDayIsAHolidayInScotlandOnlyAndMovesOffASunday() {
        // Sunday 30 November 2025 -> Monday 1 December in Scotland
        assertThat(calendar.isBankHoliday(day(2025, 12, 1), SCOTLAND)).isTrue();
        assertThat(calendar.isBankHoliday(day(2025, 12, 1), ENGLAND)).isFalse();
        assertThat(calendar.deadline(day(2025, 11, 1), 0, 0, SCOTLAND)).isEqualTo(day(2025, 12, 2));
    }

    @Test
    void easterMondayIsNotAHolidayInScotland() {
        // 18 April 2025 is Good Friday; Easter Monday 21 April
        assertThat(calendar.deadline(day(2025, 3, 18), 0, 0, ENGLAND)).isEqualTo(day(2025, 4, 22));
        assertThat(calendar.deadline(day(2025, 3, 18), 0, 0, SCOTLAND)).isEqualTo(day(2025, 4, 21));
        assertThat(StatutoryCalendar.easterSunday(2024)).isEqualTo(day(2024, 3, 31));
        assertThat(StatutoryCalendar.easterSunday(2025)).isEqualTo(day(2025, 4, 20));
        assertThat(StatutoryCalendar.easterSunday(2038)).isEqualTo(day(2038, 4, 25));
    }

    @Test
    void christmasAndNewYearOnAWeekendHaveSubstituteDays() {
        // Christmas 2021 on a Saturday: Monday 27 and Tuesday 28 December
        assertThat(calendar.deadline(day(2021, 11, 25), 0, 0, ENGLAND)).isEqualTo(day(2021, 12, 29));
        // New Year's Day 2022 on a Saturday: Monday 3 January; in Scotland 2 January too (Tuesday 4)
        assertThat(calendar.deadline(day(2021, 12, 1), 0, 0, ENGLAND)).isEqualTo(day(2022, 1, 4));
        assertThat(calendar.deadline(day(2021, 12, 1), 0, 0, SCOTLAND)).isEqualTo(day(2022, 1, 5));
        // Christmas 2022 on a Sunday: Boxing Day Monday and a substitute Tuesday 27
        assertThat(calendar.bankHolidays(2022, ENGLAND)).contains(day(2022, 12, 26), day(2022, 12, 27));
    }

    @Test
    void theOneOffChangesAreKept() {
        assertThat(calendar.isBankHoliday(day(2020, 5, 8), ENGLAND)).isTrue();
        assertThat(calendar.isBankHoliday(day(2020, 5, 4), ENGLAND)).isFalse();
        assertThat(calendar.isBankHoliday(day(2022, 5, 30), SCOTLAND)).isFalse();
        // Spring holiday Thursday 2 June 2022 and the Jubilee on Friday 3 June
        assertThat(calendar.deadline(day(2022, 5, 2), 0, 0, NORTHERN_IRELAND)).isEqualTo(day(2022, 6, 6));
        assertThat(calendar.deadline(day(2022, 4, 30), 0, 0, ENGLAND)).isEqualTo(day(2022, 5, 30));
        // The state funeral, Monday 19 September 2022; the coronation, Monday 8 May 2023
        assertThat(calendar.deadline(day(2022, 8, 19), 0, 0, ENGLAND)).isEqualTo(day(2022, 9, 20));
        assertThat(calendar.deadline(day(2023, 4, 8), 0, 0, SCOTLAND)).isEqualTo(day(2023, 5, 9));
    }

    @Test
    void eachNationsHolidaysOf2025AreThePublishedOnes() {
        assertThat(calendar.bankHolidays(2025, ENGLAND))
                .containsExactlyInAnyOrder(
                        day(2025, 1, 1),
                        day(2025, 4, 18),
                        day(2025, 4, 21),
                        day(2025, 5, 5),
                        day(2025, 5, 26),
                        day(2025, 8, 25),
                        day(2025, 12, 25),
                        day(2025, 12, 26));
        assertThat(calendar.bankHolidays(2025, SCOTLAND))
                .containsExactlyInAnyOrder(
                        day(2025, 1, 1),
                        day(2025, 1, 2),
                        day(2025, 4, 18),
                        day(2025, 5, 5),
                        day(2025, 5, 26),
                        day(2025, 8, 4),
                        day(2025, 12, 1),
                        day(2025, 12, 25),
                        day(2025, 12, 26));
        assertThat(calendar.bankHolidays(2025, NORTHERN_IRELAND))
                .containsExactlyInAnyOrder(
                        day(2025, 1, 1),
                        day(2025, 3, 17),
                        day(2025, 4, 18),
                        day(2025, 4, 21),
                        day(2025, 5, 5),
                        day(2025, 5, 26),
                        day(2025, 7, 14),
                        day(2025, 8, 25),
                        day(2025, 12, 25),
                        day(2025, 12, 26));
    }

    @Test
    void pausedDaysMoveTheStartOn() {
        // Received Saturday 1 March 2025, ten days paused: counted from 11 March -> Friday 11 April
        assertThat(calendar.deadline(day(2025, 3, 1), 10, 0, ENGLAND)).isEqualTo(day(2025, 4, 11));
        // Paused across a month end: 21 January + 10 days = 31 January -> 28 February
        assertThat(calendar.deadline(day(2025, 1, 21), 10, 0, ENGLAND)).isEqualTo(day(2025, 2, 28));
    }

    @Test
    void anExtensionAddsOneOrTwoMonthsFromTheSameStart() {
        assertThat(calendar.deadline(day(2025, 1, 31), 0, 1, ENGLAND)).isEqualTo(day(2025, 3, 31));
        assertThat(calendar.deadline(day(2025, 1, 31), 0, 2, ENGLAND)).isEqualTo(day(2025, 4, 30));
        // Pause and extension together: 3 days paused from 28 November 2025 -> 1 December + 3 months -> Sunday 1 March
        // 2026
        assertThat(calendar.deadline(day(2025, 11, 28), 3, 2, ENGLAND)).isEqualTo(day(2026, 3, 2));
        assertThatThrownBy(() -> calendar.deadline(day(2025, 1, 1), 0, 3, ENGLAND))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.deadline(day(2025, 1, 1), -1, 0, ENGLAND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // From Thursday 24 December 2026: Christmas Friday, Boxing Day Saturday -> Monday 28 substitute
        assertThat(calendar.addWorkingDays(day(2026, 12, 24), 1, ENGLAND)).isEqualTo(day(2026, 12, 29));
        assertThat(calendar.addWorkingDays(day(2025, 8, 22), 5, ENGLAND)).isEqualTo(day(2025, 9, 1));
        assertThat(calendar.addWorkingDays(day(2025, 8, 22), 5, SCOTLAND)).isEqualTo(day(2025, 8, 29));
    }
}
