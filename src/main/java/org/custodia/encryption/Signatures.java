package org.custodia.encryption;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.custodia.encryption.internal.MasterKey;
import org.custodia.encryption.internal.PlatformKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ed25519 signatures for the audit trail's seals. The private key is stored in the database only
 * sealed under the master key, so whoever holds the database alone cannot make a valid signature.
 */
@Component
public class Signatures {

    private static final String PURPOSE = "signing:audit-seals";
    private static final byte[] CONTEXT = PURPOSE.getBytes(StandardCharsets.UTF_8);

    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;
    private final String publicKeyset;

    Signatures(MasterKey masterKey, JdbcClient jdbc, TransactionTemplate transactions) {
        try {
            SignatureConfig.register();
            KeysetHandle keys = transactions.execute(status -> PlatformKeys.loadOrCreate(
                    masterKey, jdbc, PURPOSE, CONTEXT, PredefinedSignatureParameters.ED25519));
            this.signer = keys.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
            KeysetHandle publicKeys = keys.getPublicKeysetHandle();
            this.verifier = publicKeys.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
            this.publicKeyset = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit sealing key cannot be used", e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            return signer.sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign", e);
        }
    }

    public boolean isValid(byte[] signature, byte[] message) {
        try {
            verifier.verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public half, as a Tink JSON keyset, so that anyone can check a seal without Custodia. */
    public String publicKeyset() {
        return publicKeyset;
    }
}
