package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodia.testing.CustodiaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesForbidFramingAndInlineScript() {
        var response = mvc.get().uri("/sign-in").exchange().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isNull();
        assertThat(response.getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void overTlsTheBrowserIsToldToStayOnTls() {
        var response = mvc.get().uri("https://localhost/sign-in").exchange().getResponse();

        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(response.getHeader("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void pagesCarryNoInlineScriptForTheCspToBlock() {
        assertThat(mvc.get().uri("/sign-in"))
                .bodyText()
                .contains("<script type=\"module\" src=\"/js/custodia.js\"></script>")
                .doesNotContain("<script>", "style=\"");
    }
}
