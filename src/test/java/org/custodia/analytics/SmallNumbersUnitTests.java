package org.custodia.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallNumbersUnitTests {

    @Test
    void countsFromOneToFourAreShownAsFewerThanFiveAndDrawNothing() {
        for (int count = 1; count < 5; count++) {
            assertThat(SmallNumbers.of(count).shown()).isEqualTo("fewer than 5");
            assertThat(SmallNumbers.of(count).drawn()).isZero();
        }
        assertThat(SmallNumbers.of(0).shown()).isEqualTo("0");
        assertThat(SmallNumbers.of(5).shown()).isEqualTo("5");
        assertThat(SmallNumbers.of(5).drawn()).isEqualTo(5);
        assertThatThrownBy(() -> SmallNumbers.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
