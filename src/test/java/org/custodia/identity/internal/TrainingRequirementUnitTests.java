package org.custodia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodia.identity.CourseStatus;
import org.custodia.identity.CourseStatus.State;
import org.custodia.identity.TrainingRecord;
import org.custodia.identity.TrainingRecordId;
import org.junit.jupiter.api.Test;

class TrainingRequirementUnitTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String DATA_PROTECTION = "Data protection and information governance";
    static final String SAFEGUARDING = "Safeguarding children level 3";

    static TrainingRecord aRecord(String course, LocalDate completedOn, LocalDate expiresOn) {
        return new TrainingRecord(TrainingRecordId.random(), course, completedOn, expiresOn, Instant.EPOCH);
    }

    @Test
    void aRecordCountsFromTheDayItWasCompletedAndStopsOnItsExpiryDate() {
        var completedToday = aRecord(SAFEGUARDING, TODAY, TODAY.plusYears(1));
        var expiringToday = aRecord(SAFEGUARDING, TODAY.minusYears(1), TODAY);
        var expiringTomorrow = aRecord(SAFEGUARDING, TODAY.minusYears(1), TODAY.plusDays(1));

        assertThat(TrainingRequirement.assess(List.of(SAFEGUARDING), List.of(completedToday), TODAY))
                .containsExactly(new CourseStatus(SAFEGUARDING, State.CURRENT, TODAY.plusYears(1)));
        assertThat(TrainingRequirement.assess(List.of(SAFEGUARDING), List.of(expiringToday), TODAY))
                .containsExactly(new CourseStatus(SAFEGUARDING, State.EXPIRED, TODAY));
        assertThat(TrainingRequirement.met(
                        TrainingRequirement.assess(List.of(SAFEGUARDING), List.of(expiringTomorrow), TODAY)))
                .isTrue();
    }

    @Test
    void courseNamesMatchWhateverTheirCaseAndSpacing() {
        var typed = aRecord("  safeguarding   CHILDREN level 3 ", TODAY.minusDays(1), TODAY.plusDays(1));

        assertThat(TrainingRequirement.met(TrainingRequirement.assess(List.of(SAFEGUARDING), List.of(typed), TODAY)))
                .isTrue();
    }

    @Test
    void everyRequiredCourseMustBeCurrentAndTheGrantLapsesOnTheEarliestExpiry() {
        List<TrainingRecord> records = List.of(
                aRecord(DATA_PROTECTION, TODAY.minusYears(2), TODAY.minusYears(1)),
                aRecord(DATA_PROTECTION, TODAY.minusMonths(1), TODAY.plusMonths(11)),
                aRecord(SAFEGUARDING, TODAY.minusYears(1), TODAY.plusMonths(2)));

        List<CourseStatus> statuses =
                TrainingRequirement.assess(List.of(DATA_PROTECTION, SAFEGUARDING), records, TODAY);

        assertThat(TrainingRequirement.met(statuses)).isTrue();
        assertThat(TrainingRequirement.lapsesOn(statuses)).contains(TODAY.plusMonths(2));
    }

    @Test
    void whatIsNotCurrentIsNamedCourseByCourse() {
        List<CourseStatus> statuses = TrainingRequirement.assess(
                List.of(DATA_PROTECTION, SAFEGUARDING, "Information security"),
                List.of(
                        aRecord(DATA_PROTECTION, TODAY.minusYears(2), LocalDate.of(2026, 5, 1)),
                        aRecord("Information security", TODAY.minusDays(3), TODAY.plusYears(1))),
                TODAY);

        assertThat(TrainingRequirement.met(statuses)).isFalse();
        assertThat(TrainingRequirement.lapsesOn(statuses)).isEmpty();
        assertThat(TrainingRequirement.unmet(statuses))
                .isEqualTo(DATA_PROTECTION + " (expired on 1 May 2026), " + SAFEGUARDING + " (no record)");
    }

    @Test
    void anOrganisationRequiringNothingNeverMeetsTheRequirement() {
        var record = aRecord(SAFEGUARDING, TODAY.minusDays(1), TODAY.plusYears(1));

        assertThat(TrainingRequirement.met(TrainingRequirement.assess(List.of(), List.of(record), TODAY)))
                .isFalse();
    }
}
