package org.custodia.encryption;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.custodia.encryption.internal.AssociatedData;
import org.custodia.encryption.internal.SubjectKeys;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts special-category values and free text under their data subject's own key, bound to the
 * organisation of the current work, the subject, and the table, field and row the value is stored
 * in; and erases a subject by destroying their key (crypto-shredding).
 */
@Component
// A caller may catch these to show "erased" or "unreadable" and carry on: they must not doom its transaction.
@Transactional(noRollbackFor = {ErasedSubject.class, UnreadableValue.class})
public class FieldEncryption {

    private final SubjectKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FieldEncryption(SubjectKeys keys, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.events = events;
    }

    /**
     * The value encrypted for storage in {@code field}; makes the subject's key on first use.
     *
     * @throws ErasedSubject if the subject's key has been destroyed
     */
    public byte[] encrypt(DataSubjectId subject, FieldRef field, String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext: store an absent value as null, unencrypted");
        OrganisationId organisation = organisation();
        try {
            return keys.forWriting(organisation, subject)
                    .encrypt(
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
        Aead key = keys.forReading(organisation, subject).orElseThrow(() -> new UnreadableValue(subject, field));
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
        keys.destroy(organisation, subject)
                .ifPresent(destroyedAt ->
                        events.publishEvent(new SubjectKeyDestroyed(organisation, subject, destroyedAt)));
    }

    /** Destroys several subjects' keys at once, as {@link #destroySubjectKey} would each. */
    public void destroySubjectKeys(Collection<DataSubjectId> subjects) {
        OrganisationId organisation = organisation();
        Instant destroyedAt = clock.instant();
        for (DataSubjectId subject : keys.destroyAll(organisation, subjects)) {
            events.publishEvent(new SubjectKeyDestroyed(organisation, subject, destroyedAt));
        }
    }

    /** Whether the subject's key has been destroyed in the current organisation. */
    @Transactional(readOnly = true)
    public boolean isErased(DataSubjectId subject) {
        return keys.isDestroyed(organisation(), subject);
    }

    private static OrganisationId organisation() {
        Optional<OrganisationId> current = Tenancy.current();
        return current.orElseThrow(() -> new IllegalStateException(
                "Field encryption runs only for an organisation, and none is set for this work"));
    }
}
