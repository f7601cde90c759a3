package org.custodia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Custodia: case records for children's services, kept as their privacy notices promise. Sign-in is
 * Custodia's own (Organisation ID, email, password, TOTP), so Boot's generated in-memory user is off.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class Custodia {

    public static void main(String[] args) {
        SpringApplication.run(Custodia.class, args);
    }
}
