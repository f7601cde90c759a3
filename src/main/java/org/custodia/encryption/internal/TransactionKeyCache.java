package org.custodia.encryption.internal;

import com.google.crypto.tink.Aead;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opened keys, remembered for the current transaction only: a page that shows twenty fields of one
 * person reads their key row once. The next transaction, on this node or any other, reads the key
 * row again (or has it read with the values) and so sees a destruction as soon as it is committed;
 * {@link OpenedKeys} then spares it only the unwrapping.
 *
 * <p>Keys whose row this transaction inserted are never remembered: a rollback to a savepoint
 * could remove the row, and a value encrypted afterwards under the remembered key would be lost.
 */
@Component
class TransactionKeyCache {

    private static final Object RESOURCE = new Object();

    Optional<Aead> cached(Object key) {
        Keys keys = current();
        return keys == null ? Optional.empty() : Optional.ofNullable(keys.opened.get(key));
    }

    void remember(Object key, Aead aead, boolean createdByThisTransaction) {
        Keys keys = current();
        if (keys == null) {
            return;
        }
        if (createdByThisTransaction) {
            keys.createdHere.add(key);
        } else if (!keys.createdHere.contains(key)) {
            keys.opened.put(key, aead);
        }
    }

    boolean createdHere(Object key) {
        Keys keys = current();
        return keys != null && keys.createdHere.contains(key);
    }

    void forget(Object key) {
        Keys keys = current();
        if (keys != null) {
            keys.opened.remove(key);
        }
    }

    private static Keys current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Keys keys = (Keys) TransactionSynchronizationManager.getResource(RESOURCE);
        if (keys == null) {
            keys = new Keys();
            TransactionSynchronizationManager.bindResource(RESOURCE, keys);
            TransactionSynchronizationManager.registerSynchronization(keys);
        }
        return keys;
    }

    /** Bound to one transaction; set aside while a nested REQUIRES_NEW transaction runs. */
    private static final class Keys implements TransactionSynchronization {

        private final Map<Object, Aead> opened = new HashMap<>();
        private final Set<Object> createdHere = new HashSet<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RESOURCE, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
            opened.clear();
        }
    }
}
