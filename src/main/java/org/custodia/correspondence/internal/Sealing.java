package org.custodia.correspondence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.DataSubjectId;
import org.springframework.stereotype.Component;

/**
 * Encrypts letters and download files with the key hierarchy of {@link FieldEncryption}. Correspondence
 * knows no data subjects, so each reference (for letters) and each offer (for files) is given a key of
 * its own, named by a name-based UUID no person can share: destroying an offer's key when it is
 * revoked leaves its files unreadable everywhere, backups included.
 */
@Component
public class Sealing {

    private final FieldEncryption encryption;

    Sealing(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    public byte[] sealLetter(UUID reference, UUID letter, String field, byte[] plaintext) {
        return encryption.encrypt(lettersOf(reference), FieldRef.of("letters_sent", field, letter), encode(plaintext));
    }

    public byte[] openLetter(UUID reference, UUID letter, String field, byte[] sealed) {
        return decode(encryption.decrypt(lettersOf(reference), FieldRef.of("letters_sent", field, letter), sealed));
    }

    public byte[] sealFile(UUID offer, UUID file, byte[] plaintext) {
        return encryption.encrypt(filesOf(offer), FieldRef.of("download_files", "content", file), encode(plaintext));
    }

    public byte[] openFile(UUID offer, UUID file, byte[] sealed) {
        return decode(encryption.decrypt(filesOf(offer), FieldRef.of("download_files", "content", file), sealed));
    }

    /** Makes every file of the offer unreadable, for good. */
    public void shredFiles(UUID offer) {
        encryption.destroySubjectKey(filesOf(offer));
    }

    static DataSubjectId lettersOf(UUID reference) {
        return keyHolder("custodia/correspondence/letters/" + reference);
    }

    static DataSubjectId filesOf(UUID offer) {
        return keyHolder("custodia/correspondence/download-offer/" + offer);
    }

    private static DataSubjectId keyHolder(String name) {
        return new DataSubjectId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    // FieldEncryption seals text; Base64 carries the bytes through it unchanged.
    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return Base64.getDecoder().decode(text);
    }
}
