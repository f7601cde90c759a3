package org.custodia.encryption.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;

/** Makes, seals and opens the AES-256-GCM keysets of the hierarchy; all sealing is Tink's own. */
final class Keysets {

    private Keysets() {}

    /** A fresh keyset, returned only sealed under the wrapping key: its raw bytes never leave Tink. */
    static byte[] newSealed(Aead wrapping, byte[] associatedData) {
        try {
            KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(fresh, wrapping, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make and seal a new key", e);
        }
    }

    static Aead open(byte[] sealed, Aead wrapping, byte[] associatedData, String whose) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(sealed, wrapping, associatedData)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            // Sealed under another key or bound to another owner: the row was altered or moved.
            throw new IllegalStateException(
                    "The stored key of " + whose + " does not open: it was altered, moved"
                            + " from another row, or sealed under a different key",
                    e);
        }
    }
}
