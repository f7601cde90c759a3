package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows guessing without letting an attacker lock a real person out for long. Counters live in
 * PostgreSQL (so every node sees them) under keyed pseudonyms of what was typed, never the email.
 * <ul>
 *   <li>per account (Organisation ID + email, whether or not it exists, so the lock reveals nothing):
 *       after 5 failures, locked for 1 minute, doubling with each further failure up to 15 minutes;
 *       the count clears after a successful sign-in or an hour without a failure;
 *   <li>per client address: after 50 failures (an hour without one clears the count), locked for 15
 *       minutes.
 * </ul>
 */
@Component
public class SignInThrottle {

    /** Longer than the longest lock, so that guessing straight after each lock still escalates. */
    static final Duration QUIET_RESET = Duration.ofHours(1);

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final Duration ACCOUNT_FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAXIMUM_LOCK = Duration.ofMinutes(15);
    static final int CLIENT_FREE_FAILURES = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the key is still locked for, if it is. */
    public Optional<Duration> lockedFor(String key) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = :key")
                .param("key", key)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    public void accountFailed(String key) {
        int failures = countFailure(key);
        if (failures >= ACCOUNT_FREE_FAILURES) {
            Duration lock = ACCOUNT_FIRST_LOCK.multipliedBy(1L << Math.min(failures - ACCOUNT_FREE_FAILURES, 10));
            lock(key, lock.compareTo(MAXIMUM_LOCK) > 0 ? MAXIMUM_LOCK : lock);
        }
    }

    public void clientFailed(String key) {
        if (countFailure(key) >= CLIENT_FREE_FAILURES) {
            lock(key, MAXIMUM_LOCK);
        }
    }

    public void succeeded(String key) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }

    private int countFailure(String key) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp quietSince = Timestamp.from(clock.instant().minus(QUIET_RESET));
        // The count starts again only after an hour without failures.
        return jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, last_failure_at)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                            failures = case when sign_in_throttle.last_failure_at < :quietSince
                                and (sign_in_throttle.locked_until is null or sign_in_throttle.locked_until < :now)
                                then 1 else sign_in_throttle.failures + 1 end,
                            last_failure_at = :now
                        returning failures
                        """)
                .param("key", key)
                .param("now", now)
                .param("quietSince", quietSince)
                .query(Integer.class)
                .single();
    }

    private void lock(String key, Duration duration) {
        jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :key")
                .param("until", Timestamp.from(clock.instant().plus(duration)))
                .param("key", key)
                .update();
    }
}
