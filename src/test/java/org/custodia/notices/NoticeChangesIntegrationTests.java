package org.custodia.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Told at sign-in that a notice one works under has changed, with what changed; the acknowledgement recorded. */
@CustodiaTest
class NoticeChangesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    NoticeSteps steps;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;

    @BeforeEach
    void aCouncilWhosePractitionerHasSignedInBefore() {
        steps = new NoticeSteps(mvc);
        council = organisations.organisationWithoutRecordOfProcessing();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/draft/adoption", ""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aPractitionerIsShownWhatChangedSinceTheirLastSignInAndAcknowledgesIt() {
        assertThat(signIn(practitioner)).hasRedirectedUrl("/");
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.baseline-recorded"))
                .anySatisfy(detail -> assertThat(detail).contains("ORGANISATION: version 1"));

        steps.liveActivity(dpo.authentication(), "Children in our care", "PUBLIC_TASK", "Children Act 1989 s22");
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult signedIn = signIn(practitioner);
        assertThat(signedIn).hasRedirectedUrl("/notices/changes");
        Cookie session = signedIn.getResponse().getCookie("CUSTODIA_SESSION");
        assertThat(mvc.get().uri("/notices/changes").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("A privacy notice you work under has changed", "Version 2")
                .contains("Children in our care: Public task (Art 6(1)(e)), Children Act 1989 s22", "Added")
                .doesNotContain("How to complain");
        assertThat(mvc.post().uri("/notices/changes").cookie(session).with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/");
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.acknowledged"))
                .singleElement()
                .asString()
                .contains("ORGANISATION: version 2");
        assertThat(mvc.get().uri("/notices/changes").cookie(session)).hasRedirectedUrl("/");
        assertThat(signIn(practitioner)).hasRedirectedUrl("/");
    }

    @Test
    void aNewUserIsNotInterruptedAndOperatorsAreNotAsked() {
        TestUser newcomer = organisations.user(council, Role.ORGANISATION_ADMINISTRATOR);
        assertThat(signIn(newcomer)).hasRedirectedUrl("/");
        assertThat(steps.get(newcomer.authentication(), "/notices/changes")).hasRedirectedUrl("/");
        assertThat(steps.get(org.custodia.testing.Actors.anOperator().authentication(), "/notices/changes"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(steps.get(null, "/notices/changes"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/sign-in");
    }

    private MvcTestResult signIn(TestUser user) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", user.organisationCode())
                .param("email", user.email())
                .param("password", TestOrganisations.PASSWORD)
                .exchange();
    }
}
