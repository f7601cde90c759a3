package org.custodia.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time codes: 6 digits, 30-second steps, HMAC-SHA1 (what authenticator apps
 * expect). A code is accepted one step either side of now, to allow for clock drift.
 */
@Component
public class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final String ALGORITHM = "HmacSHA1";

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    public byte[] newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return secret;
    }

    /** The time step a valid code belongs to, so that the caller can refuse a replay of it. */
    public OptionalLong matchingStep(byte[] secret, String code) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        for (int offset = -1; offset <= 1; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            if (codeAt(secret, at).equals(digits)) {
                return OptionalLong.of(at.getEpochSecond() / STEP.getSeconds());
            }
        }
        return OptionalLong.empty();
    }

    public String codeAt(byte[] secret, Instant at) {
        try {
            return String.format("%06d", generator.generateOneTimePassword(new SecretKeySpec(secret, ALGORITHM), at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is unusable", e);
        }
    }

    public String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The otpauth URI that authenticator apps read from the QR code. */
    public String uri(byte[] secret, String accountName) {
        String label = URLEncoder.encode("Custodia:" + accountName, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=Custodia&digits=6&period=30";
    }
}
