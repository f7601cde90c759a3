package org.custodia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpCodesUnitTests {

    /** RFC 6238 appendix B: the SHA-1 secret and its published code at 59 seconds (8 digits 94287082). */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void matchesTheRfc6238TestVector() {
        assertThat(at(59).codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(at(1111111109).codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
    }

    @Test
    void acceptsOneStepOfDriftEitherSideAndNoMore() {
        TotpCodes codes = at(1_000_000_000);
        String previous = codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1_000_000_000 - 30));
        String twoBack = codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1_000_000_000 - 60));

        assertThat(codes.matchingStep(RFC_SECRET, previous)).hasValue((1_000_000_000 - 30) / 30);
        assertThat(codes.matchingStep(RFC_SECRET, twoBack)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "12345")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, null)).isEmpty();
    }

    @Test
    void theUriNamesCustodiaAndCarriesTheBase32Secret() {
        TotpCodes codes = at(0);
        assertThat(codes.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(codes.uri(RFC_SECRET, "Jo Bloggs"))
                .isEqualTo("otpauth://totp/Custodia%3AJo%20Bloggs?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Custodia&digits=6&period=30");
    }
}
