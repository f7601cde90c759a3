package org.custodia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class TrainingRecordRulesUnitTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCourseCompletedTodayThatExpiresTomorrowIsFine() {
        TrainingRecordRules.check(new NewTrainingRecord("First aid", TODAY, TODAY.plusDays(1)), TODAY);
    }

    @Test
    void completionCannotBeInTheFutureAndExpiryMustFollowIt() {
        assertThatThrownBy(() -> TrainingRecordRules.check(
                        new NewTrainingRecord("First aid", TODAY.plusDays(1), TODAY.plusYears(1)), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .containsExactly(java.util.Map.entry(
                                        "completedOn", "Date completed must be today or in the past")));
        assertThatThrownBy(() -> TrainingRecordRules.check(new NewTrainingRecord("First aid", TODAY, TODAY), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .containsEntry("expiresOn", "Expiry date must be after the date completed"));
    }

    @Test
    void everyMissingFieldIsNamedInOrder() {
        assertThatThrownBy(() -> TrainingRecordRules.check(new NewTrainingRecord(" ", null, null), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().keySet()).containsExactly("course", "completedOn", "expiresOn"));
    }
}
