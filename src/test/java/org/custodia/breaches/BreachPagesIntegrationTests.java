package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The record-a-breach form: bad input comes back with a GOV.UK error summary and what was typed. */
@CustodiaTest
class BreachPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void aFormWithProblemsIsShownAgainWithEachProblemLinkedToItsField() {
        TestUser dpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.post()
                        .uri("/breaches/new")
                        .with(csrf())
                        .with(authentication(dpo.authentication()))
                        .param("title", "Laptop stolen from a car")
                        .param("occurredPrecision", "NOT_KNOWN")
                        .param("awareAtDay", "31")
                        .param("awareAtMonth", "2")
                        .param("awareAtYear", "2026")
                        .param("awareAtTime", "10:00"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem")
                .contains("When the organisation became aware must be a real date, for example 27 3 2026")
                .contains("Laptop stolen from a car");
        assertThat(mvc.post()
                        .uri("/breaches/new")
                        .with(csrf())
                        .with(authentication(dpo.authentication()))
                        .param("title", "Laptop stolen from a car")
                        .param("occurredPrecision", "NOT_KNOWN")
                        .param("awareAtDay", "2")
                        .param("awareAtMonth", "1")
                        .param("awareAtYear", "2026")
                        .param("awareAtTime", "25:00"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("When the organisation became aware: enter a real time, for example 14:30");
        assertThat(mvc.post()
                        .uri("/breaches/new")
                        .with(csrf())
                        .with(authentication(dpo.authentication()))
                        .param("occurredPrecision", "NOT_KNOWN")
                        .param("awareAtDay", "2")
                        .param("awareAtMonth", "1")
                        .param("awareAtYear", "2026")
                        .param("awareAtTime", "2:30pm"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter a title")
                .contains("Enter what happened")
                .contains("Enter how the breach was discovered")
                .contains("Select at least one kind of breach");
    }
}
