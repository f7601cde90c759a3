package org.custodia.research.internal.pseudonymisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A research project's keyed pseudonyms (docs/research.md): HMAC-SHA256 of a person's identifier
 * under the project's own key, which the organisation keeps and never gives the recipient. The same
 * person has the same pseudonym throughout one project, and pseudonyms of different projects cannot be
 * linked without both keys. Dates are shifted per person by a keyed offset, so that intervals between a
 * person's events survive but the dates themselves do not.
 */
public final class ProjectPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int KEY_BYTES = 32;

    private final byte[] key;

    public ProjectPseudonyms(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a project's pseudonym key needs at least 256 bits");
        }
        this.key = key.clone();
    }

    /** The person's pseudonym: 80 bits of the HMAC in 16 unambiguous characters. */
    public String pseudonym(String personId) {
        byte[] mac = mac("person", personId);
        StringBuilder text = new StringBuilder("R-");
        long bits = 0;
        int held = 0;
        for (int i = 0; i < 10; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
            held += 8;
            while (held >= 5) {
                held -= 5;
                text.append(BASE32[(int) (bits >>> held) & 31]);
            }
        }
        return text.toString();
    }

    /** The date moved by the person's own offset of 1 to {@code maxDays} days, earlier or later. */
    public LocalDate shift(String personId, LocalDate date, int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("a date shift needs a range of at least one day");
        }
        byte[] mac = mac("date-shift", personId);
        int value = ((mac[0] & 0xff) << 16) | ((mac[1] & 0xff) << 8) | (mac[2] & 0xff);
        int days = 1 + value % maxDays;
        return (mac[3] & 1) == 0 ? date.plusDays(days) : date.minusDays(days);
    }

    /** The date generalised to its month, for projects that choose generalising over shifting. */
    public static String month(LocalDate date) {
        return String.format(Locale.UK, "%04d-%02d", date.getYear(), date.getMonthValue());
    }

    private byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1f);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Forgets the key (the project's key destroyed: its pseudonyms can no longer be re-identified). */
    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }
}
