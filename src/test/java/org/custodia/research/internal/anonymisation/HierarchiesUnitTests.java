package org.custodia.research.internal.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchiesUnitTests {

    @Test
    void aPostcodeGeneralisesToSectorDistrictAndArea() {
        assertThat(Hierarchies.postcode().apply("LS6 2AB")).containsExactly("LS6 2AB", "LS6 2", "LS6", "LS");
        assertThat(Hierarchies.postcode().apply("SW1A 1AA")).containsExactly("SW1A 1AA", "SW1A 1", "SW1A", "SW");
        assertThatThrownBy(() -> Hierarchies.postcode().apply("LS")).hasMessageContaining("not a UK postcode");
    }

    @Test
    void aDateOfBirthGeneralisesToMonthYearAndAgeBand() {
        assertThat(Hierarchies.dateOfBirth(Year.of(2026), 5).apply("2014-03-09"))
                .containsExactly("2014-03-09", "2014-03", "2014", "aged 10 to 14");
        assertThat(Hierarchies.eventDate().apply("2025-11-30")).containsExactly("2025-11-30", "2025-11", "2025");
    }

    @Test
    void theNineteenCensusCategoriesFallInFiveGroups() {
        assertThat(OnsEthnicGroups.MAJOR_GROUP).hasSize(19);
        assertThat(new HashSet<>(OnsEthnicGroups.MAJOR_GROUP.values())).hasSize(5);
        assertThat(Hierarchies.ethnicity().apply("Roma")).containsExactly("Roma", OnsEthnicGroups.WHITE);
        assertThat(Hierarchies.ethnicity().apply("Arab")).containsExactly("Arab", OnsEthnicGroups.OTHER);
    }

    @Test
    void aHierarchyEndsInSuppressionAndEncodesEachLevel() {
        Hierarchy hierarchy =
                Hierarchy.of("postcode", List.of("LS6 2AB", "LS6 2XY", "LS7 1AA"), Hierarchies.postcode());

        assertThat(hierarchy.height()).isEqualTo(4);
        assertThat(hierarchy.cardinality(0)).isEqualTo(3);
        assertThat(hierarchy.cardinality(2)).isEqualTo(2);
        assertThat(hierarchy.cardinality(4)).isEqualTo(1);
        int code = hierarchy.encode("LS6 2XY");
        assertThat(hierarchy.label(1, hierarchy.generalise(1, code))).isEqualTo("LS6 2");
        assertThat(hierarchy.label(4, hierarchy.generalise(4, code))).isEqualTo(Hierarchy.TOP);
        assertThatThrownBy(() -> hierarchy.encode("BD1 1AA")).hasMessageContaining("has no value");
    }
}
