package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ICO DPIA template's matrix: severity down, likelihood across. */
class RiskLevelUnitTests {

    @ParameterizedTest
    @CsvSource({
        "REMOTE, MINIMAL, LOW",
        "POSSIBLE, MINIMAL, LOW",
        "PROBABLE, MINIMAL, LOW",
        "REMOTE, SIGNIFICANT, LOW",
        "POSSIBLE, SIGNIFICANT, MEDIUM",
        "PROBABLE, SIGNIFICANT, HIGH",
        "REMOTE, SEVERE, MEDIUM",
        "POSSIBLE, SEVERE, HIGH",
        "PROBABLE, SEVERE, HIGH"
    })
    void overallRiskFollowsTheMatrix(Likelihood likelihood, Severity severity, RiskLevel expected) {
        assertThat(RiskLevel.of(likelihood, severity)).isEqualTo(expected);
    }
}
