package org.custodia.encryption.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key at the top of the hierarchy: a Tink AES-256-GCM keyset read from
 * {@code CUSTODIA_MASTER_KEYSET_FILE} (mounted from a secret store in production). Without one, a
 * development keyset is generated in the data folder; the production profile refuses that.
 */
@Component
public class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private final Aead aead;

    MasterKey(
            @Value("${custodia.keys.master-keyset-file:}") String keysetFile,
            @Value("${custodia.data-dir}") String dataDir) {
        try {
            AeadConfig.register();
            PrfConfig.register();
            KeysetHandle handle = keysetFile.isBlank()
                    ? developmentKeyset(Path.of(dataDir, "keys", "master-keyset.json"))
                    : read(Path.of(keysetFile));
            this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master keyset cannot be used", e);
        }
    }

    public Aead aead() {
        return aead;
    }

    private static KeysetHandle read(Path file) throws GeneralSecurityException {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master keyset " + file, e);
        }
    }

    private static KeysetHandle developmentKeyset(Path file) throws GeneralSecurityException {
        if (Files.exists(file)) {
            return read(file);
        }
        log.warn("Generating a DEVELOPMENT master key in {}; never use it for real records", file);
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development master keyset " + file, e);
        } catch (UnsupportedOperationException e) {
            log.debug("File permissions not supported here", e);
        }
        return handle;
    }
}
