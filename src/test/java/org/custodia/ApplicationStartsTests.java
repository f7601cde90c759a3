package org.custodia;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodia.testing.CustodiaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class ApplicationStartsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void reportsHealthyOnTheEmbeddedDatabase() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
    }
}
