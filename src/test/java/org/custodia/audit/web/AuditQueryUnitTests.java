package org.custodia.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.audit.AuditEntry;
import org.custodia.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class AuditQueryUnitTests {

    private final AuditQuery query = new AuditQuery();

    @Test
    void readsADateFromItsThreeBoxes() {
        assertThat(query.dateParts("from", "Date from", " 7", "3 ", "2026")).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(query.dateParts("from", "Date from", "", " ", null)).isNull();
        assertThat(query.errors()).isEmpty();
    }

    @Test
    void namesTheBoxThatIsMissing() {
        query.dateParts("from", "Date from", "7", "", "2026");

        assertThat(query.errors()).containsExactly(java.util.Map.entry("from-month", "Date from must include a month"));
    }

    @Test
    void refusesDatesThatDoNotExistOrAreOutOfRange() {
        query.dateParts("from", "Date from", "29", "2", "2025");
        query.dateParts("to", "Date to", "1", "1", "99999");

        assertThat(query.errors())
                .containsEntry("from-day", "Date from must be a real date")
                .containsEntry("to-year", "Date to must have a year between 2000 and 9999");
    }

    @Test
    void refusesARangeThatRunsBackwardsButAcceptsOneDay() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        query.inOrder(day, day, "to", "To", "From");
        assertThat(query.errors()).isEmpty();

        query.inOrder(day, day.minusDays(1), "to", "To", "From");
        assertThat(query.errors()).containsEntry("to", "To must be the same as or after from");
    }

    @Test
    void readsIsoDatesActorsAndPagesAndReportsEveryMistakeAtOnce() {
        assertThat(query.isoDate("from", "From", "2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        UUID actor = UUID.randomUUID();
        assertThat(query.actor("actor", " " + actor + " ")).isEqualTo(actor);
        assertThat(query.page("2")).isEqualTo(2);
        query.throwIfInvalid();

        query.isoDate("to", "To", "01/03/2026");
        query.actor("actor", "someone");
        query.page("-1");
        assertThatThrownBy(query::throwIfInvalid)
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("to", "actor", "page"));
    }

    @Test
    void showsTimesInUkTimeIncludingSummerTime() {
        AuditEntry summer = new AuditEntry(
                1,
                1L,
                Instant.parse("2026-07-01T12:00:00Z"),
                "USER",
                null,
                "case.viewed",
                "case",
                "7",
                null,
                null,
                "SUCCESS",
                null,
                null);
        AuditEntry winter = new AuditEntry(
                2,
                2L,
                Instant.parse("2026-12-01T12:00:00Z"),
                "SYSTEM",
                null,
                "retention.swept",
                null,
                null,
                null,
                null,
                "SUCCESS",
                null,
                null);

        assertThat(AuditPageController.Row.of(summer, java.util.Map.of()).time())
                .isEqualTo("1 Jul 2026 13:00:00");
        assertThat(AuditPageController.Row.of(summer, java.util.Map.of()).object())
                .isEqualTo("case 7");
        assertThat(AuditPageController.Row.of(winter, java.util.Map.of()).time())
                .isEqualTo("1 Dec 2026 12:00:00");
        assertThat(AuditPageController.Row.of(winter, java.util.Map.of()).object())
                .isEqualTo("–");
    }
}
