package org.custodia.research.internal.pseudonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProjectPseudonymsUnitTests {

    static final SecureRandom RANDOM = new SecureRandom();
    static final List<String> PEOPLE = IntStream.range(0, 20_000)
            .mapToObj(i -> UUID.randomUUID().toString())
            .toList();

    @Test
    void aPersonHasOnePseudonymInAProjectAndNoPseudonymRepeatsAcrossProjects() {
        ProjectPseudonyms first = new ProjectPseudonyms(key());
        ProjectPseudonyms second = new ProjectPseudonyms(key());
        Set<String> inFirst = new HashSet<>();
        Set<String> inSecond = new HashSet<>();

        for (String person : PEOPLE) {
            assertThat(first.pseudonym(person))
                    .isEqualTo(first.pseudonym(person))
                    .startsWith("R-")
                    .hasSize(18);
            inFirst.add(first.pseudonym(person));
            inSecond.add(second.pseudonym(person));
        }

        assertThat(inFirst).hasSize(PEOPLE.size());
        assertThat(inSecond).hasSize(PEOPLE.size());
        inFirst.retainAll(inSecond);
        assertThat(inFirst).as("pseudonyms shared by two projects").isEmpty();
    }

    @Test
    void datesMoveByThePersonsOwnOffsetWithinTheRange() {
        ProjectPseudonyms project = new ProjectPseudonyms(key());
        LocalDate placed = LocalDate.of(2025, 3, 1);
        LocalDate reviewed = LocalDate.of(2025, 5, 20);
        Set<LocalDate> shiftedPlacements = new HashSet<>();

        for (String person : PEOPLE.subList(0, 2_000)) {
            LocalDate shifted = project.shift(person, placed, 30);
            assertThat(shifted).isNotEqualTo(placed).isBetween(placed.minusDays(30), placed.plusDays(30));
            // The interval between one person's events survives the shift.
            assertThat(project.shift(person, reviewed, 30)).isEqualTo(shifted.plusDays(80));
            shiftedPlacements.add(shifted);
        }
        assertThat(shiftedPlacements).hasSizeGreaterThan(50);
        assertThat(ProjectPseudonyms.month(placed)).isEqualTo("2025-03");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new ProjectPseudonyms(new byte[16])).hasMessageContaining("256 bits");
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
