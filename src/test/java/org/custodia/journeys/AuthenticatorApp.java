package org.custodia.journeys;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What a person's phone does with the key Custodia shows: RFC 6238 codes, 6 digits every 30 seconds. */
final class AuthenticatorApp {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final SecretKeySpec key;

    private AuthenticatorApp(SecretKeySpec key) {
        this.key = key;
    }

    static AuthenticatorApp withKey(String base32Key) {
        return new AuthenticatorApp(new SecretKeySpec(new Base32().decode(base32Key.strip()), "HmacSHA1"));
    }

    String codeNow() {
        return codeAt(Instant.now());
    }

    /**
     * The code of the next 30-second step. Each step's code can be used only once; the server accepts
     * one step of clock drift either way, so this lets a test sign in again at once.
     */
    String nextCode() {
        return codeAt(Instant.now().plus(STEP));
    }

    private String codeAt(Instant at) {
        try {
            return String.format("%06d", generator.generateOneTimePassword(key, at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
