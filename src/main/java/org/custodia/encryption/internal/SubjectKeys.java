package org.custodia.encryption.internal;

import com.google.crypto.tink.Aead;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.encryption.ErasedSubject;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each data subject's key within an organisation, sealed under the organisation's key and bound to
 * organisation and subject; made on first encryption, destroyed to erase the subject. A destroyed
 * key leaves a tombstone row, so it is never silently replaced by a new one.
 */
@Component
public class SubjectKeys {

    private final JdbcClient jdbc;
    private final OrganisationKeys organisationKeys;
    private final TransactionKeyCache cache;
    private final OpenedKeys opened;
    private final Clock clock;

    SubjectKeys(
            JdbcClient jdbc,
            OrganisationKeys organisationKeys,
            TransactionKeyCache cache,
            OpenedKeys opened,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisationKeys = organisationKeys;
        this.cache = cache;
        this.opened = opened;
        this.clock = clock;
    }

    /**
     * Takes the subject's key as the caller's query just read it ({@code sealed} null if the subject
     * has no key, {@code destroyed} if erased) for the rest of this transaction, so that decrypting
     * their values reads no key row.
     *
     * @throws ErasedSubject if the key is destroyed
     */
    public Optional<Aead> adopt(OrganisationId organisation, DataSubjectId subject, byte[] sealed, boolean destroyed) {
        if (destroyed) {
            throw new ErasedSubject(subject);
        }
        if (sealed == null) {
            return Optional.empty();
        }
        CacheKey cacheKey = new CacheKey(organisation, subject);
        Aead aead = unwrap(organisation, subject, sealed);
        cache.remember(cacheKey, aead, false);
        return Optional.of(aead);
    }

    /** The subject's key, made now if they have none. */
    public Aead forWriting(OrganisationId organisation, DataSubjectId subject) {
        return open(organisation, subject, true).orElseThrow();
    }

    /** The subject's key, or none if nothing was ever encrypted for them in this organisation. */
    public Optional<Aead> forReading(OrganisationId organisation, DataSubjectId subject) {
        return open(organisation, subject, false);
    }

    /** Destroys the subject's key; the time of destruction, or empty if it was destroyed before. */
    public Optional<Instant> destroy(OrganisationId organisation, DataSubjectId subject) {
        cache.forget(new CacheKey(organisation, subject));
        opened.forget(organisation, List.of(subject));
        Instant now = clock.instant();
        // A subject with no key yet gets a tombstone too, so none can be made for them later.
        int changed = jdbc.sql("insert into subject_keys (organisation_id, subject_id, sealed_keyset, created_at,"
                        + " destroyed_at) values (:organisation, :subject, null, :now, :now) on conflict do nothing")
                .params(params(organisation, subject, now))
                .update();
        if (changed == 0) {
            changed = jdbc.sql(
                            "update subject_keys set sealed_keyset = null, destroyed_at = :now"
                                    + " where organisation_id = :organisation and subject_id = :subject and destroyed_at is null")
                    .params(params(organisation, subject, now))
                    .update();
        }
        return changed == 1 ? Optional.of(now) : Optional.empty();
    }

    /**
     * Destroys the keys of several subjects in two statements, as {@link #destroy} would each: the
     * subjects whose keys were destroyed now (those destroyed before are left out).
     */
    public List<DataSubjectId> destroyAll(OrganisationId organisation, Collection<DataSubjectId> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = subjects.stream().map(DataSubjectId::value).toList();
        ids.forEach(id -> cache.forget(new CacheKey(organisation, new DataSubjectId(id))));
        opened.forget(organisation, subjects);
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> destroyed = new ArrayList<>(jdbc.sql(
                        "update subject_keys set sealed_keyset = null, destroyed_at = :now where organisation_id ="
                                + " :organisation and subject_id in (:ids) and destroyed_at is null returning subject_id")
                .param("now", now)
                .param("organisation", organisation.value())
                .param("ids", ids)
                .query(UUID.class)
                .list());
        // Subjects with no key yet get a tombstone too, so none can be made for them later.
        destroyed.addAll(jdbc.sql("insert into subject_keys (organisation_id, subject_id, sealed_keyset, created_at,"
                        + " destroyed_at) select :organisation, s, null, :now, :now from unnest(array[:ids]::uuid[]) s"
                        + " on conflict do nothing returning subject_id")
                .param("now", now)
                .param("organisation", organisation.value())
                .param("ids", ids)
                .query(UUID.class)
                .list());
        return destroyed.stream().map(DataSubjectId::new).toList();
    }

    public boolean isDestroyed(OrganisationId organisation, DataSubjectId subject) {
        return read(organisation, subject).map(StoredKey::destroyed).orElse(false);
    }

    private Optional<Aead> open(OrganisationId organisation, DataSubjectId subject, boolean create) {
        CacheKey cacheKey = new CacheKey(organisation, subject);
        Optional<Aead> cached = cache.cached(cacheKey);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<StoredKey> stored = read(organisation, subject);
        boolean created = false;
        if (stored.isEmpty()) {
            if (!create) {
                return Optional.empty();
            }
            created = insert(organisation, subject);
            stored = read(organisation, subject);
        }
        StoredKey key = stored.orElseThrow(() -> new IllegalStateException("The key of data subject " + subject
                + " was stored but cannot be read back: is this transaction running for its organisation?"));
        if (key.destroyed()) {
            throw new ErasedSubject(subject);
        }
        Aead aead = unwrap(organisation, subject, key.sealed());
        cache.remember(cacheKey, aead, created);
        return Optional.of(aead);
    }

    /** Unwrapped once per sealed keyset and node for a while (see {@link OpenedKeys}). */
    private Aead unwrap(OrganisationId organisation, DataSubjectId subject, byte[] sealed) {
        return opened.subjectKey(organisation, subject, sealed, () -> {
            byte[] binding = AssociatedData.ofSubjectKey(organisation, subject);
            String whose = "data subject " + subject;
            try {
                return Keysets.open(sealed, organisationKeys.keyOf(organisation), binding, whose);
            } catch (IllegalStateException remembered) {
                // The remembered organisation key may be out of date (a restored database): read it again, once.
                return Keysets.open(sealed, organisationKeys.reread(organisation), binding, whose);
            }
        });
    }

    private Optional<StoredKey> read(OrganisationId organisation, DataSubjectId subject) {
        return jdbc.sql("select sealed_keyset from subject_keys"
                        + " where organisation_id = :organisation and subject_id = :subject")
                .param("organisation", organisation.value())
                .param("subject", subject.value())
                .query((row, number) -> new StoredKey(row.getBytes("sealed_keyset")))
                .optional();
    }

    // Two nodes may encrypt a new subject's first value at once: one insert wins, both use its key.
    private boolean insert(OrganisationId organisation, DataSubjectId subject) {
        byte[] sealed = Keysets.newSealed(
                organisationKeys.keyOf(organisation), AssociatedData.ofSubjectKey(organisation, subject));
        return jdbc.sql("insert into subject_keys (organisation_id, subject_id, sealed_keyset, created_at)"
                                + " values (:organisation, :subject, :sealed, :now) on conflict do nothing")
                        .params(params(organisation, subject, clock.instant()))
                        .param("sealed", sealed)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(OrganisationId organisation, DataSubjectId subject, Instant now) {
        return Map.of("organisation", organisation.value(), "subject", subject.value(), "now", Timestamp.from(now));
    }

    private record StoredKey(byte[] sealed) {

        boolean destroyed() {
            return sealed == null;
        }
    }

    private record CacheKey(OrganisationId organisation, DataSubjectId subject) {}
}
