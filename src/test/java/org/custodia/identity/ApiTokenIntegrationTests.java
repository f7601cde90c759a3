package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class ApiTokenIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    String createToken(TestUser user) throws Exception {
        var result = mvc.post()
                .uri("/account/api-tokens")
                .with(csrf())
                .with(authentication(user.authentication()))
                .param("name", "Reporting script")
                .param("days", "30")
                .exchange();
        assertThat(result).hasStatusOk();
        Matcher token = Pattern.compile("id=\"created-token\"[^>]*>(cus_[^<]+)<")
                .matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsAHashAndActsAsItsOwner() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser admin = organisations.administrator(council);
        String token = createToken(admin);

        assertThat(token).startsWith("cus_");
        assertThat(jdbc.sql("select count(*) from api_tokens where token_hash::text like :t")
                        .param("t", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo(admin.email());
        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName":"Token","lastName":"Made","email":"token.made@example.org",
                                 "jobRole":"Clerk","attestedSixteenOrOver":true,"roles":["PRACTITIONER"]}"""))
                .as("a bearer request needs no CSRF token")
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aRevokedOrForgedTokenIsRefusedWithAProblem() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser user = organisations.user(council, Role.PRACTITIONER);
        String token = createToken(user);
        String id = jdbc.sql("select id::text from api_tokens where user_id = :u")
                .param("u", user.id().value())
                .query(String.class)
                .optional()
                .orElse(null);
        // RLS hides the row outside the organisation's context, so find it through the page instead.
        String page = mvc.get()
                .uri("/account")
                .with(authentication(user.authentication()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher revoke =
                Pattern.compile("/account/api-tokens/([0-9a-f-]{36})/revoke").matcher(page);
        assertThat(id).isNull();
        assertThat(revoke.find()).isTrue();

        assertThat(mvc.post()
                        .uri("/account/api-tokens/" + revoke.group(1) + "/revoke")
                        .with(csrf())
                        .with(authentication(user.authentication())))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer cus_nonsense"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(organisations.auditDetails(council.id(), "api-token.refused"))
                .containsExactly("FAILURE");
    }

    @Test
    void aUserCannotRevokeAnotherOrganisationsToken() throws Exception {
        TestUser owner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        TestUser other = organisations.administrator(organisations.organisation());
        String token = createToken(owner);
        String page = mvc.get()
                .uri("/account")
                .with(authentication(owner.authentication()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var revoke =
                Pattern.compile("/account/api-tokens/([0-9a-f-]{36})/revoke").matcher(page);
        assertThat(revoke.find()).isTrue();

        assertThat(mvc.post()
                        .uri("/account/api-tokens/" + revoke.group(1) + "/revoke")
                        .with(csrf())
                        .with(authentication(other.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk();
    }

    @Test
    void aTokenLastsNoMoreThanAYear() {
        TestUser user = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(mvc.post()
                        .uri("/account/api-tokens")
                        .with(csrf())
                        .with(authentication(user.authentication()))
                        .param("name", "Forever")
                        .param("days", "366"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("A token must last between 1 and 365 days");
    }
}
