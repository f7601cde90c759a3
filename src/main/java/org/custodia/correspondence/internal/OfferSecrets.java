package org.custodia.correspondence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.encryption.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * Link tokens (256 random bits) and one-time codes (8 digits), kept only as keyed hashes: a copy of
 * the database alone does not let anyone try codes offline, since the hash key is sealed elsewhere.
 */
@Component
public class OfferSecrets {

    public static final int CODE_DIGITS = 8;

    private final SecureRandom random = new SecureRandom();
    private final Pseudonyms pseudonyms;

    OfferSecrets(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_DIGITS; i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }

    public String tokenHash(String token) {
        return pseudonyms.of("download-token", token == null ? "" : token);
    }

    public String codeHash(DownloadOfferId offer, String code) {
        return pseudonyms.of("download-code/" + offer, code);
    }

    /** Whether the code typed matches, ignoring spaces and dashes, in time that does not depend on where it differs. */
    public boolean matches(DownloadOfferId offer, String typed, String storedHash) {
        if (storedHash == null || typed == null) {
            return false;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return MessageDigest.isEqual(
                codeHash(offer, digits).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
