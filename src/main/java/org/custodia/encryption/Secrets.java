package org.custodia.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.custodia.encryption.internal.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Seals small platform secrets (such as a user's TOTP seed) under the master key. The context names
 * what the secret belongs to; a sealed value moved to another context does not open.
 */
@Component
public class Secrets {

    private final MasterKey masterKey;

    Secrets(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    public byte[] seal(byte[] plaintext, String context) {
        try {
            return masterKey.aead().encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    public byte[] open(byte[] sealed, String context) {
        try {
            return masterKey.aead().decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret does not open in context " + context, e);
        }
    }
}
