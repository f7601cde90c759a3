package org.custodia.encryption;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.custodia.encryption.internal.MasterKey;
import org.custodia.encryption.internal.PlatformKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed pseudonyms (HMAC-SHA256 PRF): the same input always gives the same pseudonym, so repeated
 * sign-in failures from one address can be linked, but the input cannot be recovered without the
 * key, which is kept in the database sealed under the master key.
 */
@Component
public class Pseudonyms {

    private static final byte[] KEY_CONTEXT = "pseudonym-key".getBytes(StandardCharsets.UTF_8);

    private final PrfSet prf;

    Pseudonyms(MasterKey masterKey, JdbcClient jdbc, TransactionTemplate transactions) {
        this.prf = transactions.execute(status -> open(masterKey, jdbc));
    }

    /** A 128-bit pseudonym of the value, in hex, distinct per purpose. */
    public String of(String purpose, String value) {
        try {
            byte[] input = (purpose + '\u001f' + value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(prf.computePrimary(input, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute a pseudonym", e);
        }
    }

    private static PrfSet open(MasterKey masterKey, JdbcClient jdbc) {
        try {
            return PlatformKeys.loadOrCreate(
                            masterKey, jdbc, "pseudonyms", KEY_CONTEXT, PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The pseudonym key cannot be used", e);
        }
    }
}
