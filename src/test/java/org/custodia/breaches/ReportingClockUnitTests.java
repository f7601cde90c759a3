package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 72 hours run from awareness, to the second; the last 24 of them are "due soon". */
class ReportingClockUnitTests {

    static final Instant AWARE = Instant.parse("2026-11-23T09:15:00Z");

    static ReportingClock at(Duration sinceAwareness) {
        return new ReportingClock(AWARE, AWARE.plus(sinceAwareness), null);
    }

    @Test
    void theDeadlineIsExactlySeventyTwoHoursAfterAwareness() {
        assertThat(at(Duration.ZERO).deadline()).isEqualTo(Instant.parse("2026-11-26T09:15:00Z"));
    }

    @Test
    void atTheDeadlineItIsDueNotOverdueAndOneSecondLaterItIsOverdue() {
        assertThat(at(Duration.ofHours(72)).state()).isEqualTo(ReportingClock.State.DUE_SOON);
        assertThat(at(Duration.ofHours(72)).describe()).isEqualTo("Due now");
        assertThat(at(Duration.ofHours(72).plusSeconds(1)).state()).isEqualTo(ReportingClock.State.OVERDUE);
        assertThat(at(Duration.ofHours(75).plusMinutes(30)).describe()).isEqualTo("Overdue by 3 hours and 30 minutes");
    }

    @Test
    void dueSoonOnceLessThanTwentyFourHoursAreLeft() {
        assertThat(at(Duration.ofHours(48)).state()).isEqualTo(ReportingClock.State.RUNNING);
        assertThat(at(Duration.ofHours(48).plusSeconds(1)).state()).isEqualTo(ReportingClock.State.DUE_SOON);
        assertThat(at(Duration.ofHours(48).plusSeconds(1)).describe()).isEqualTo("23 hours and 59 minutes left");
    }

    @Test
    void timeLeftReadsInPlainEnglish() {
        assertThat(at(Duration.ZERO).describe()).isEqualTo("3 days left");
        assertThat(at(Duration.ofHours(20).plusMinutes(59)).describe()).isEqualTo("2 days and 3 hours left");
        assertThat(at(Duration.ofHours(71).plusMinutes(59)).describe()).isEqualTo("1 minute left");
    }

    @Test
    void aStoppedClockSaysWhyAndIsNeverOverdue() {
        ReportingClock stopped =
                new ReportingClock(AWARE, AWARE.plus(Duration.ofDays(10)), "Stopped: reported to the ICO");
        assertThat(stopped.state()).isEqualTo(ReportingClock.State.STOPPED);
        assertThat(stopped.describe()).isEqualTo("Stopped: reported to the ICO");
    }
}
