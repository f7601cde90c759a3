package org.custodia.platform.internal;

import java.security.SecureRandom;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Session reads happen while the security context is being loaded, before anyone's organisation is
     * known, so they use a plain transaction manager (session tables hold no tenant rows).
     */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager springSessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /**
     * The session cookie: HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS
     * (always, in production). Declared here rather than left to the container so every deployment,
     * and the tests, get the same cookie.
     */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("CUSTODIA_SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Strict");
        serializer.setCookiePath("/");
        return serializer;
    }

    /** 256 random bits per session id: the default UUID carries only 122 (ASVS asks for 128). */
    @Bean
    SessionIdGenerator sessionIdGenerator() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return () -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return encoder.encodeToString(bytes);
        };
    }
}
