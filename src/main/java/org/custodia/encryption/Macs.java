package org.custodia.encryption;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.custodia.encryption.internal.MasterKey;
import org.custodia.encryption.internal.PlatformKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed MACs (HMAC-SHA256) for audit records between their writing and their sealing: the key is
 * stored only sealed under the master key, so whoever holds the database alone can neither alter a
 * record unseen nor make up one that passes.
 */
@Component
public class Macs {

    private static final String PURPOSE = "mac:audit-records";
    private static final byte[] CONTEXT = PURPOSE.getBytes(StandardCharsets.UTF_8);

    private final Mac mac;

    Macs(MasterKey masterKey, JdbcClient jdbc, TransactionTemplate transactions) {
        try {
            MacConfig.register();
            this.mac = transactions
                    .execute(status -> PlatformKeys.loadOrCreate(
                            masterKey, jdbc, PURPOSE, CONTEXT, PredefinedMacParameters.HMAC_SHA256_256BITTAG))
                    .getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit record MAC key cannot be used", e);
        }
    }

    public byte[] of(byte[] message) {
        try {
            return mac.computeMac(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute a MAC", e);
        }
    }

    public boolean isValid(byte[] tag, byte[] message) {
        if (tag == null) {
            return false;
        }
        try {
            mac.verifyMac(tag, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
