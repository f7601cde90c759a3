package org.custodia.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.custodia.shared.Role;
import org.custodia.testing.Actors;
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

/** The processor's notice, the cookie policy and choice, the footer, the accessibility statement. */
@CustodiaTest
class PublicDocumentsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    NoticeSteps steps;

    @BeforeEach
    void steps() {
        steps = new NoticeSteps(mvc);
    }

    @Test
    void operatorsWriteTheProcessorsNoticeForUsersAndAnyoneReadsIt() {
        var operator = Actors.anOperator().authentication();
        assertThat(steps.get(operator, "/operator/privacy-notice"))
                .hasStatusOk()
                .bodyText()
                .contains("Information about you", "Information about other people you may see");
        assertThat(steps.form(
                        operator,
                        "/operator/privacy-notice/sections/about-you",
                        "english",
                        "We keep your work email address and sign-in times.",
                        "welsh",
                        "Rydym yn cadw eich cyfeiriad e-bost gwaith."))
                .hasStatus3xxRedirection();
        assertThat(steps.form(operator, "/operator/privacy-notice/sections/about-you", "english", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter the text of this section in English");
        MvcTestResult published = steps.form(operator, "/operator/privacy-notice/publication");
        assertThat(published).hasStatus3xxRedirection();

        assertThat(steps.get(null, "/privacy"))
                .hasStatusOk()
                .bodyText()
                .contains("Privacy notice for users of Custodia", "We keep your work email address and sign-in times");
        int latest = NoticeSteps.intValue(steps.get(null, "/api/v1/processor-privacy-notice"), "$.number");
        assertThat(steps.get(null, "/privacy/versions/" + latest)).hasStatusOk();
        assertThat(steps.get(null, "/privacy/versions/" + latest + "/changes"))
                .hasStatusOk()
                .bodyText()
                .contains("What changed in version " + latest);
        assertThat(steps.get(null, "/privacy/versions/" + latest + ".json"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.content.notice")
                .isEqualTo("PROCESSOR");
        assertThat(steps.get(null, "/api/v1/processor-privacy-notice/versions")).hasStatusOk();

        TestOrganisation council = organisations.organisation();
        for (Role role : Role.values()) {
            if (role == Role.PLATFORM_OPERATOR) {
                continue;
            }
            TestUser user = organisations.user(council, role);
            assertThat(steps.get(user.authentication(), "/operator/privacy-notice"))
                    .as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.form(user.authentication(), "/operator/privacy-notice/publication"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.json(
                            user.authentication(),
                            "PUT",
                            "/api/v1/operator/processor-privacy-notice/draft/sections/about-you",
                            "{\"english\":\"x\"}"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(steps.get(operator, "/data-protection/privacy-notice")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(steps.get(null, "/api/v1/operator/processor-privacy-notice/draft"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCookiePolicyIsMadeFromTheRegisterAndTheChoiceIsKeptInAStrictlyNecessaryCookie() {
        MvcTestResult policy = steps.get(null, "/cookies");
        assertThat(policy).hasStatusOk().bodyText().contains("Strictly necessary", "Functional", "Analytics");
        for (CookieRegister.Cookie cookie : CookieRegister.all()) {
            assertThat(policy).bodyText().contains(cookie.name(), cookie.purpose(Language.ENGLISH));
        }
        assertThat(policy)
                .bodyText()
                .contains("Cookies on Custodia", "Accept optional cookies", "Reject optional cookies");
        assertThat(policy.getResponse().getCookies()).isEmpty();
        assertThat(policy.getResponse().getHeader("Set-Cookie")).isNull();

        MvcTestResult accepted =
                steps.form(null, "/cookies", "functional", "yes", "returnTo", "/accessibility-statement");
        assertThat(accepted).hasStatus3xxRedirection().hasRedirectedUrl("/accessibility-statement?cookies=accepted");
        assertThat(accepted).cookies().hasValue(CookieRegister.CHOICE, "accepted");
        assertThat(mvc.get()
                        .uri("/accessibility-statement?cookies=accepted")
                        .cookie(new Cookie(CookieRegister.CHOICE, "accepted"))
                        .exchange())
                .bodyText()
                .contains("You’ve accepted optional cookies", "Hide cookie message")
                .doesNotContain("Reject optional cookies");
        assertThat(steps.form(null, "/cookies", "functional", "no", "returnTo", "//elsewhere.example/"))
                .hasRedirectedUrl("/cookies?saved");
        assertThat(steps.form(null, "/cookies", "functional", "no", "returnTo", "https://elsewhere.example/"))
                .hasRedirectedUrl("/cookies?saved");
        assertThat(steps.form(null, "/cookies", "functional", "maybe"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Select whether you want Custodia to remember your Organisation ID");
        assertThat(steps.get(null, "/cookies?lang=cy"))
                .bodyText()
                .contains("lang=\"cy\"", "Cwcis", "Hollol angenrheidiol", "Derbyn cwcis dewisol");
    }

    @Test
    void theOrganisationIdIsRememberedOnlyOnceOptionalCookiesAreAccepted() {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        MvcTestResult withoutChoice = steps.get(practitioner.authentication(), "/account");
        assertThat(withoutChoice.getResponse().getCookie(CookieRegister.ORGANISATION))
                .isNull();

        MvcTestResult rejected = mvc.get()
                .uri("/account")
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(practitioner.authentication()))
                .cookie(new Cookie(CookieRegister.CHOICE, "rejected"), new Cookie(CookieRegister.ORGANISATION, "OLD"))
                .exchange();
        assertThat(rejected).cookies().hasMaxAge(CookieRegister.ORGANISATION, java.time.Duration.ZERO);

        MvcTestResult accepted = mvc.get()
                .uri("/account")
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(practitioner.authentication()))
                .cookie(new Cookie(CookieRegister.CHOICE, "accepted"))
                .exchange();
        assertThat(accepted).cookies().hasValue(CookieRegister.ORGANISATION, council.code());
    }

    @Test
    void everyPageHasTheFooterAndTheOrganisationsNoticeWhenItsIdIsKnown() {
        TestOrganisation council = organisations.organisationWithoutRecordOfProcessing();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.get(null, "/sign-in"))
                .bodyText()
                .contains("href=\"/privacy\"", "href=\"/cookies\"", "href=\"/accessibility-statement\"")
                .contains("href=\"/contact\"", "Make a request about your personal information");
        assertThat(steps.get(null, "/organisations/" + council.code() + "/rights-requests/new"))
                .bodyText()
                .contains("href=\"/privacy\"", "href=\"/organisations/" + council.code() + "/rights-requests/new\"");
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/draft/adoption", ""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.CREATED);
        String notice = "href=\"/organisations/" + council.code() + "/privacy-notice\"";
        assertThat(steps.get(null, "/organisations/" + council.code() + "/rights-requests/new"))
                .bodyText()
                .contains(notice);
        assertThat(steps.get(dpo.authentication(), "/account")).bodyText().contains(notice);
        assertThat(mvc.get()
                        .uri("/sign-in")
                        .cookie(
                                new Cookie(CookieRegister.CHOICE, "accepted"),
                                new Cookie(CookieRegister.ORGANISATION, council.code()))
                        .exchange())
                .bodyText()
                .contains(notice);
        assertThat(mvc.get()
                        .uri("/sign-in")
                        .cookie(
                                new Cookie(CookieRegister.CHOICE, "rejected"),
                                new Cookie(CookieRegister.ORGANISATION, council.code()))
                        .exchange())
                .bodyText()
                .doesNotContain(notice);
    }

    @Test
    void theAccessibilityStatementFollowsTheModelStatement() {
        assertThat(steps.get(null, "/accessibility-statement"))
                .hasStatusOk()
                .bodyText()
                .contains("Accessibility statement for Custodia", "partially compliant with the")
                .contains("Web Content Accessibility Guidelines version 2.2", "Enforcement procedure")
                .contains("Equality and Human Rights Commission", "Reporting accessibility problems")
                .contains("This service was last tested on 3 December 2026");
        assertThat(steps.get(null, "/contact")).hasStatusOk().bodyText().contains("Contact and support");
    }
}
