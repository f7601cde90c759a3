package org.custodia.encryption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class AssociatedDataUnitTests {

    static final OrganisationId ORG_A = OrganisationId.of("00000000-0000-0000-0000-00000000000a");
    static final OrganisationId ORG_B = OrganisationId.of("00000000-0000-0000-0000-00000000000b");
    static final DataSubjectId SUBJECT_1 = DataSubjectId.of("00000000-0000-0000-0000-000000000001");
    static final DataSubjectId SUBJECT_2 = DataSubjectId.of("00000000-0000-0000-0000-000000000002");

    // Names that would collide under naive joining: separators, digits that look like lengths, NULs.
    static final List<String> AWKWARD_NAMES =
            List.of("a", "b", "a|b", "|", "a.b", ".", ":", "1:a", "\u0000", "\u0000\u0000\u0000\u0001a", "é", "🙂");

    @Test
    void noTwoDifferentPlacesOfAValueShareAssociatedData() {
        Map<String, List<Object>> seen = new HashMap<>();
        List<List<Object>> collisions = new ArrayList<>();
        for (OrganisationId organisation : List.of(ORG_A, ORG_B)) {
            for (DataSubjectId subject : List.of(SUBJECT_1, SUBJECT_2)) {
                for (String table : AWKWARD_NAMES) {
                    for (String field : AWKWARD_NAMES) {
                        for (String row : AWKWARD_NAMES) {
                            List<Object> tuple = List.of(organisation, subject, table, field, row);
                            byte[] bytes =
                                    AssociatedData.ofFieldValue(organisation, subject, new FieldRef(table, field, row));
                            List<Object> earlier =
                                    seen.putIfAbsent(HexFormat.of().formatHex(bytes), tuple);
                            if (earlier != null) {
                                collisions.add(List.of(earlier, tuple));
                            }
                        }
                    }
                }
            }
        }
        assertThat(seen).hasSize(2 * 2 * AWKWARD_NAMES.size() * AWKWARD_NAMES.size() * AWKWARD_NAMES.size());
        assertThat(collisions).isEmpty();
    }

    @Test
    void aSeparatorInsideANameCannotMoveABoundary() {
        assertThat(AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("notes.body", "x", "1")))
                .isNotEqualTo(AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("notes", "body.x", "1")));
        assertThat(AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("t", "f|1", "2")))
                .isNotEqualTo(AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("t", "f", "1|2")));
    }

    @Test
    void sequencesOfDifferentLengthsNeverShareBytes() {
        List<String> parts = List.of("", "a", "ab", "\u0000", "\u0000\u0000\u0000\u0000");
        Map<String, List<String>> seen = new HashMap<>();
        List<List<String>> sequences = new ArrayList<>();
        sequences.add(List.of());
        for (int length = 1; length <= 3; length++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> shorter : sequences) {
                if (shorter.size() == length - 1) {
                    for (String part : parts) {
                        List<String> next = new ArrayList<>(shorter);
                        next.add(part);
                        longer.add(next);
                    }
                }
            }
            sequences.addAll(longer);
        }
        for (List<String> sequence : sequences) {
            byte[] bytes = AssociatedData.encode(sequence.toArray(String[]::new));
            assertThat(seen.putIfAbsent(HexFormat.of().formatHex(bytes), sequence))
                    .as("%s", sequence)
                    .isNull();
        }
    }

    @Test
    void keysAndValuesAreBoundUnderDifferentLabels() {
        assertThat(AssociatedData.ofOrganisationKey(ORG_A))
                .isNotEqualTo(AssociatedData.ofSubjectKey(ORG_A, SUBJECT_1))
                .isNotEqualTo(AssociatedData.ofOrganisationKey(ORG_B));
        assertThat(AssociatedData.ofSubjectKey(ORG_A, SUBJECT_1))
                .isNotEqualTo(AssociatedData.ofSubjectKey(ORG_B, SUBJECT_1))
                .isNotEqualTo(AssociatedData.ofSubjectKey(ORG_A, SUBJECT_2));
    }

    @Test
    void theEncodingIsFourByteLengthsBeforeUtf8Bytes() {
        // Stored values depend on these exact bytes: changing them makes every value unreadable.
        assertThat(HexFormat.of().formatHex(AssociatedData.encode("ab", "", "é")))
                .isEqualTo("00000002" + "6162" + "00000000" + "00000002" + "c3a9");
        assertThat(AssociatedData.ofOrganisationKey(ORG_A))
                .startsWith(AssociatedData.encode("custodia/organisation-key/v1"));
    }

    @Test
    void textThatIsNotValidUnicodeIsRefusedRatherThanReplaced() {
        // getBytes would encode both as '?': the lone surrogate must not share bytes with a real '?'.
        assertThatThrownBy(() -> AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("t", "f", "\uD800")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lone surrogate");
        assertThat(AssociatedData.ofFieldValue(ORG_A, SUBJECT_1, new FieldRef("t", "f", "?")))
                .isNotEmpty();
    }
}
