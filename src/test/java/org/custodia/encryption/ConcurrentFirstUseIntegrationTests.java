package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes encrypting a new subject's first values at once end up with one key that opens both. */
@CustodiaTest
class ConcurrentFirstUseIntegrationTests {

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    <T> T in(OrganisationId organisation, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(organisation, work));
    }

    @Test
    void twoTransactionsEncryptingForANewSubjectAtOnceMakeOneKey() throws Exception {
        // A new organisation too, so that both its key and the subject's are made in the race.
        OrganisationId organisation = organisations.organisation().id();
        DataSubjectId child = DataSubjectId.random();
        FieldRef first = FieldRef.of("health_notes", "body", UUID.randomUUID());
        FieldRef second = FieldRef.of("health_notes", "body", UUID.randomUUID());
        CountDownLatch firstHasInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<byte[]> firstValue = CompletableFuture.supplyAsync(
                    () -> in(organisation, () -> {
                        byte[] value = fields.encrypt(child, first, "first");
                        firstHasInserted.countDown();
                        await(releaseFirst);
                        return value;
                    }),
                    threads);
            await(firstHasInserted);
            CompletableFuture<byte[]> secondValue = CompletableFuture.supplyAsync(
                    () -> in(organisation, () -> fields.encrypt(child, second, "second")), threads);

            assertThat(waitUntilATransactionIsBlocked())
                    .as("the second insert waits for the first transaction's uncommitted key")
                    .isTrue();
            releaseFirst.countDown();

            byte[] firstCiphertext = firstValue.get(30, TimeUnit.SECONDS);
            byte[] secondCiphertext = secondValue.get(30, TimeUnit.SECONDS);
            assertThat(in(organisation, () -> fields.decrypt(child, first, firstCiphertext)))
                    .isEqualTo("first");
            assertThat(in(organisation, () -> fields.decrypt(child, second, secondCiphertext)))
                    .isEqualTo("second");
            assertThat(count("organisation_keys", organisation)).isOne();
            assertThat(count("subject_keys", organisation)).isOne();
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    // The second transaction's insert ... on conflict waits on the first one's transaction lock.
    boolean waitUntilATransactionIsBlocked() throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        try (Connection owner = database.owner()) {
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet waiting = owner.createStatement()
                        .executeQuery(
                                "select count(*) from pg_locks where not granted and locktype = 'transactionid'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(20);
            }
        }
        return false;
    }

    long count(String table, OrganisationId organisation) throws Exception {
        try (Connection owner = database.owner();
                PreparedStatement select =
                        owner.prepareStatement("select count(*) from " + table + " where organisation_id = ?")) {
            select.setObject(1, organisation.value());
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
