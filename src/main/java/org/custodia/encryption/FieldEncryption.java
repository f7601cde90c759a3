package org.custodia.encryption;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.custodia.encryption.internal.AssociatedData;
import org.custodia.encryption.internal.SubjectKeys;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts special-category values and free text under their data subject's own key, bound to the
 * organisation of the current work, the subject, and the table, field and row the value is stored
 * in; and erases a subject by destroying their key (crypto-shredding).
 */
@Component
public class FieldEncryption {

    private final SubjectKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FieldEncryption(
            SubjectKeys keys, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.keys = keys;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Takes the subject's key as the caller's own query read it ({@link StoredSubjectKey#column}), for
     * the rest of the caller's transaction: decrypting the subject's values then reads no key row.
     * Returns whether the subject's values can be read: false if they have no key.
     *
     * @throws ErasedSubject if the key read is destroyed
     */
    public boolean useKey(DataSubjectId subject, StoredSubjectKey key) {
        return inTransaction(() -> keys.adopt(organisation(), subject, key.sealed(), key.destroyed())
                .isPresent());
    }

    /**
     * The value encrypted for storage in {@code field}; makes the subject's key on first use.
     *
     * @throws ErasedSubject if the subject's key has been destroyed
     */
    public byte[] encrypt(DataSubjectId subject, FieldRef field, String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext: store an absent value as null, unencrypted");
        OrganisationId organisation = organisation();
        Aead key = inTransaction(() -> keys.forWriting(organisation, subject));
        try {
            return key.encrypt(
                    plaintext.getBytes(StandardCharsets.UTF_8),
                    AssociatedData.ofFieldValue(organisation, subject, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a value of " + field, e);
        }
    }

    /**
     * The value stored in {@code field}, decrypted.
     *
     * @throws UnreadableValue if the value was not encrypted for this place, subject and organisation
     * @throws ErasedSubject if the subject's key has been destroyed
     */
    public String decrypt(DataSubjectId subject, FieldRef field, byte[] ciphertext) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        OrganisationId organisation = organisation();
        // No key means nothing was ever encrypted for this subject here: the value came from elsewhere.
        Aead key = inTransaction(() -> keys.forReading(organisation, subject))
                .orElseThrow(() -> new UnreadableValue(subject, field));
        try {
            byte[] plaintext = key.decrypt(ciphertext, AssociatedData.ofFieldValue(organisation, subject, field));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadableValue(subject, field);
        }
    }

    /**
     * Destroys the subject's key: every value encrypted for them, wherever it is copied, becomes
     * unreadable, and none can be written for them again. Repeating it changes nothing. (A database
     * backup taken before this still holds the sealed key until it expires.)
     */
    public void destroySubjectKey(DataSubjectId subject) {
        OrganisationId organisation = organisation();
        inTransaction(() -> {
            keys.destroy(organisation, subject)
                    .ifPresent(destroyedAt ->
                            events.publishEvent(new SubjectKeyDestroyed(organisation, subject, destroyedAt)));
            return null;
        });
    }

    /** Destroys several subjects' keys at once, as {@link #destroySubjectKey} would each. */
    public void destroySubjectKeys(Collection<DataSubjectId> subjects) {
        OrganisationId organisation = organisation();
        Instant destroyedAt = clock.instant();
        inTransaction(() -> {
            for (DataSubjectId subject : keys.destroyAll(organisation, subjects)) {
                events.publishEvent(new SubjectKeyDestroyed(organisation, subject, destroyedAt));
            }
            return null;
        });
    }

    /** Whether the subject's key has been destroyed in the current organisation. */
    public boolean isErased(DataSubjectId subject) {
        return inTransaction(() -> keys.isDestroyed(organisation(), subject));
    }

    /**
     * Runs in the caller's transaction, without a proxy in between: an {@link ErasedSubject} or {@link
     * UnreadableValue} that the caller catches (to show "erased" or "unreadable") then leaves its
     * transaction alone. Only work called outside any transaction gets one of its own, since key rows
     * are read under the organisation's row-level security.
     */
    private <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return transactions.execute(status -> work.get());
    }

    private static OrganisationId organisation() {
        Optional<OrganisationId> current = Tenancy.current();
        return current.orElseThrow(() -> new IllegalStateException(
                "Field encryption runs only for an organisation, and none is set for this work"));
    }
}
