package org.custodia.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.custodia.shared.OrganisationId;

/**
 * The secrets Custodia hands out (set-password links, API tokens): the organisation in hex, so the
 * lookup can run under its row-level security, then 256 random bits. Only a SHA-256 is stored; the
 * secret's entropy makes a slow hash pointless.
 */
public final class OrganisationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OrganisationSecrets() {}

    /** {@code <organisation hex><separator><43 base64url characters>}. */
    public static String issue(OrganisationId organisation, String separator) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return hex(organisation)
                + separator
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hex(OrganisationId organisation) {
        return organisation.value().toString().replace("-", "");
    }

    /** The organisation from its 32 hex digits, as {@link #hex} wrote them. */
    public static OrganisationId organisation(String hex) {
        return new OrganisationId(new UUID(
                Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16, 32), 16)));
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
