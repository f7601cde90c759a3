package org.custodia.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links to set a password, sent by email. The token carries its organisation (so the
 * lookup can run under that organisation's row-level security) and 256 random bits; only its
 * SHA-256 is stored. Valid for 72 hours.
 */
@Component
public class PasswordTokens {

    static final Duration VALIDITY = Duration.ofHours(72);

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String issue(OrganisationId organisation, UserId user) {
        String token = OrganisationSecrets.issue(organisation, ".");
        jdbc.sql("insert into password_tokens (id, organisation_id, user_id, token_hash, expires_at, created_at)"
                        + " values (:id, :organisation, :user, :hash, :expires, :now)")
                .param("id", UUID.randomUUID())
                .param("organisation", organisation.value())
                .param("user", user.value())
                .param("hash", OrganisationSecrets.sha256(token))
                .param("expires", Timestamp.from(clock.instant().plus(VALIDITY)))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** The organisation a token claims to belong to, if it is well formed. */
    public static Optional<OrganisationId> organisationOf(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hex = token.substring(0, 32);
        return Optional.of(OrganisationSecrets.organisation(hex));
    }

    /** The user a valid, unused, unexpired token belongs to (run in the token's organisation). */
    public Optional<UserId> holder(String token) {
        return jdbc.sql("select user_id from password_tokens where token_hash = :hash and used_at is null"
                        + " and expires_at > :now")
                .param("hash", OrganisationSecrets.sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .map(UserId::new);
    }

    /** Marks every open token of the user used, so an older invitation cannot be replayed. */
    public void spendAll(UserId user) {
        jdbc.sql("update password_tokens set used_at = :now where user_id = :user and used_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.value())
                .update();
    }
}
