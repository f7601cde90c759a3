package org.custodia.encryption.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.security.GeneralSecurityException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's own keys (audit MACs, seal signatures, pseudonyms): one row per purpose in
 * {@code platform_keys}, stored only sealed under the master key, so that whoever holds the database
 * alone can use none of them.
 */
public final class PlatformKeys {

    private PlatformKeys() {}

    /**
     * The key for {@code purpose}, made on first use. Several nodes may start at once: the first
     * insert wins and every node reads the same key.
     *
     * @param context the associated data the keyset is sealed with, fixed for each purpose
     */
    public static KeysetHandle loadOrCreate(
            MasterKey masterKey, JdbcClient jdbc, String purpose, byte[] context, Parameters parameters) {
        try {
            KeysetHandle fresh = KeysetHandle.generateNew(parameters);
            byte[] sealed = TinkProtoKeysetFormat.serializeEncryptedKeyset(fresh, masterKey.aead(), context);
            jdbc.sql("insert into platform_keys (purpose, sealed_keyset) values (:purpose, :keyset)"
                            + " on conflict (purpose) do nothing")
                    .param("purpose", purpose)
                    .param("keyset", sealed)
                    .update();
            byte[] stored = jdbc.sql("select sealed_keyset from platform_keys where purpose = :purpose")
                    .param("purpose", purpose)
                    .query(byte[].class)
                    .single();
            return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, masterKey.aead(), context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The platform key for " + purpose + " cannot be opened with this master key", e);
        }
    }
}
