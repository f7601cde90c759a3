package org.custodia.analytics.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unique visitors are counted as Plausible does: HMAC-SHA-256 of the address, the user agent and the
 * day, under a secret salt of 32 random bytes that lives only in memory and is replaced when the UK day
 * changes. Once the salt is gone no one, Custodia included, can link a hash to an address or to the
 * next day's hash, so only a count of hashes is ever stored (docs/analytics.md).
 */
final class VisitorHashes {

    private record DaySalt(LocalDate day, SecretKeySpec key) {}

    private final SecureRandom random;
    private volatile DaySalt current;

    VisitorHashes(SecureRandom random) {
        this.random = random;
    }

    /** Never stored: the writer only counts distinct values, per day, in memory. */
    String of(String address, String userAgent, LocalDate today) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(saltFor(today));
            mac.update(address.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(userAgent.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(today.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** The old salt is dropped, not kept beside the new one: yesterday's hashes can never be made again. */
    private SecretKeySpec saltFor(LocalDate today) {
        DaySalt salt = current;
        if (salt != null && salt.day().equals(today)) {
            return salt.key();
        }
        synchronized (this) {
            if (current == null || !current.day().equals(today)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                current = new DaySalt(today, new SecretKeySpec(bytes, "HmacSHA256"));
            }
            return current.key();
        }
    }
}
