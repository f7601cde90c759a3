package org.custodia.encryption.internal;

import com.google.crypto.tink.Aead;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each organisation's key, sealed under the master key and bound to the organisation, made on first
 * use. Runs in the caller's transaction, whose organisation row-level security enforces.
 */
@Component
class OrganisationKeys {

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final TransactionKeyCache cache;
    private final OpenedKeys opened;
    private final Clock clock;

    OrganisationKeys(JdbcClient jdbc, MasterKey masterKey, TransactionKeyCache cache, OpenedKeys opened, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.cache = cache;
        this.opened = opened;
        this.clock = clock;
    }

    Aead keyOf(OrganisationId organisation) {
        CacheKey cacheKey = new CacheKey(organisation);
        Optional<Aead> cached = cache.cached(cacheKey).or(() -> opened.organisationKey(organisation));
        if (cached.isPresent()) {
            return cached.get();
        }
        return read(organisation, cacheKey);
    }

    /** The key as its row holds it now, for when a remembered key no longer opens what it should. */
    Aead reread(OrganisationId organisation) {
        opened.forgetOrganisationKey(organisation);
        cache.forget(new CacheKey(organisation));
        return read(organisation, new CacheKey(organisation));
    }

    private Aead read(OrganisationId organisation, CacheKey cacheKey) {
        byte[] associatedData = AssociatedData.ofOrganisationKey(organisation);
        Optional<byte[]> stored = read(organisation);
        boolean created = false;
        if (stored.isEmpty()) {
            created = insert(organisation, Keysets.newSealed(masterKey.aead(), associatedData));
            stored = read(organisation);
        }
        byte[] sealed = stored.orElseThrow(() -> new IllegalStateException("The key of organisation " + organisation
                + " was stored but cannot be read back: is this" + " transaction running for that organisation?"));
        Aead key = Keysets.open(sealed, masterKey.aead(), associatedData, "organisation " + organisation);
        cache.remember(cacheKey, key, created);
        // A key this transaction made may still roll back with a savepoint: only a committed row's key is shared.
        if (!created && !cache.createdHere(cacheKey)) {
            opened.rememberOnCommit(organisation, key);
        }
        return key;
    }

    private Optional<byte[]> read(OrganisationId organisation) {
        return jdbc.sql("select sealed_keyset from organisation_keys where organisation_id = :organisation")
                .param("organisation", organisation.value())
                .query(byte[].class)
                .optional();
    }

    // Several nodes may make the first key at once: the first insert wins and every node reads it back.
    private boolean insert(OrganisationId organisation, byte[] sealed) {
        return jdbc.sql("insert into organisation_keys (organisation_id, sealed_keyset, created_at)"
                                + " values (:organisation, :sealed, :now) on conflict do nothing")
                        .param("organisation", organisation.value())
                        .param("sealed", sealed)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private record CacheKey(OrganisationId organisation) {}
}
