package org.custodia.encryption.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Unwrapped keys kept across transactions, for a bounded time and number, so that reading a case
 * does not unwrap two keys (and read the organisation's key row) every time.
 *
 * <p>A subject's key is looked up by the sealed keyset its row holds now, which the caller has just
 * read in its own transaction (often in the same statement as the values). A destroyed key has no
 * sealed keyset left to look up by, so it is never served, whichever node or path destroyed it and
 * whether or not this cache heard of it. Eviction on destruction only shortens how long the
 * unwrapped key stays in memory.
 *
 * <p>An organisation's key is looked up by the organisation alone: the runtime role may insert an
 * organisation key but never change or delete one, so once committed it stays that organisation's
 * key. It is remembered only after the transaction that read it commits, so a key whose row rolled
 * back (a first use that failed) is never used to seal anything.
 */
@Component
class OpenedKeys {

    private final Cache<Object, Aead> keys;

    OpenedKeys(
            @Value("${custodia.keys.cache.maximum-size:10000}") long maximumSize,
            @Value("${custodia.keys.cache.lifetime:PT5M}") Duration lifetime) {
        this.keys = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(lifetime)
                .build();
    }

    /** The subject's key opened from exactly these sealed bytes, unwrapping them only if not yet done. */
    Aead subjectKey(OrganisationId organisation, DataSubjectId subject, byte[] sealed, Supplier<Aead> unwrap) {
        return keys.get(new SubjectKey(organisation, subject, ByteBuffer.wrap(sealed.clone())), key -> unwrap.get());
    }

    Optional<Aead> organisationKey(OrganisationId organisation) {
        return Optional.ofNullable(keys.getIfPresent(new OrganisationKey(organisation)));
    }

    void rememberOnCommit(OrganisationId organisation, Aead key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.put(new OrganisationKey(organisation), key);
            }
        });
    }

    void forgetOrganisationKey(OrganisationId organisation) {
        keys.invalidate(new OrganisationKey(organisation));
    }

    void forget(OrganisationId organisation, Collection<DataSubjectId> subjects) {
        Set<DataSubjectId> gone = new HashSet<>(subjects);
        keys.asMap()
                .keySet()
                .removeIf(key -> key instanceof SubjectKey subject
                        && subject.organisation().equals(organisation)
                        && gone.contains(subject.subject()));
    }

    private record SubjectKey(OrganisationId organisation, DataSubjectId subject, ByteBuffer sealed) {}

    private record OrganisationKey(OrganisationId organisation) {}
}
