package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldRefUnitTests {

    @Test
    void aPlaceNeedsATableAFieldAndARow() {
        assertThatThrownBy(() -> new FieldRef(" ", "notes", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table");
        assertThatThrownBy(() -> new FieldRef("case_notes", null, "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field");
        assertThatThrownBy(() -> new FieldRef("case_notes", "body", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row id");
    }

    @Test
    void aRowIdentifiedByUuidIsNamedByItsCanonicalText() {
        UUID row = UUID.fromString("3F2504E0-4F89-11D3-9A0C-0305E82C3301");
        assertThat(FieldRef.of("case_notes", "body", row).rowId()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }
}
