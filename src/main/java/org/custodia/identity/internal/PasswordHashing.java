package org.custodia.identity.internal;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane; 16-byte salt, 32-byte hash). Hashes made
 * with weaker settings are upgraded at the next successful sign-in.
 */
@Component
public class PasswordHashing {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);

    /** Verified against when no account matches, so an unknown email takes as long as a wrong password. */
    private final String decoy = encoder.encode("decoy password that matches no account");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash);
    }

    public boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
