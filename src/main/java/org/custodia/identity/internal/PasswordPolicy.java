package org.custodia.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Password rules from NIST SP 800-63B and OWASP ASVS 5.0: length, not composition. At least 15
 * characters (the recommended length; Custodia holds special-category data about children), up to
 * 256, any characters; refused if it is a commonly used or breached password (the 100,000 most
 * common from public breach corpora, as shipped with nbvcxz) or contains the person's own email or
 * Organisation ID. No forced periodic change.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 15;
    public static final int MAXIMUM_LENGTH = 256;

    private final Set<String> common = load("dictionaries/passwords.txt");

    /** Why the password is refused, in words a person can act on; empty if it is acceptable. */
    public Optional<String> problemWith(String password, String email, String organisationCode) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is too common. Choose a password that is harder to guess,"
                    + " such as three or four random words");
        }
        if (containsPart(lower, email) || containsPart(lower, organisationCode)) {
            return Optional.of("Password must not contain your email address or Organisation ID");
        }
        return Optional.empty();
    }

    private static boolean containsPart(String password, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String part = value.toLowerCase(Locale.ROOT).split("@")[0];
        return part.length() >= 4 && password.contains(part);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(150_000);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(line -> line.trim().toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
