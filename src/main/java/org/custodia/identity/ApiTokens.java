package org.custodia.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.internal.OrganisationSecrets;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is shown once when created; only its SHA-256 is stored (it carries 256
 * random bits, so a slow hash adds nothing). It names its organisation so that the lookup runs under
 * that organisation's row-level security, and it acts with its owner's current roles.
 */
@Component
public class ApiTokens {

    public static final int MAXIMUM_DAYS = 365;
    private static final Pattern FORMAT = Pattern.compile("cus_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");

    public record TokenView(
            UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {}

    public record CreatedToken(UUID id, String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, Tenancy tenancy, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tenancy = tenancy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public CreatedToken create(String name, int days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", "Enter a name for the token, 100 characters or fewer");
        }
        if (days < 1 || days > MAXIMUM_DAYS) {
            throw new InvalidInput("days", "A token must last between 1 and " + MAXIMUM_DAYS + " days");
        }
        Actor actor = Tenancy.currentActor().orElseThrow();
        String token = "cus_" + OrganisationSecrets.issue(actor.organisation(), "_");
        UUID id = UUID.randomUUID();
        Instant expires = clock.instant().plus(Duration.ofDays(days));
        jdbc.sql("insert into api_tokens (id, organisation_id, user_id, name, token_hash, created_at, expires_at)"
                        + " values (:id, :organisation, :user, :name, :hash, :now, :expires)")
                .param("id", id)
                .param("organisation", actor.organisation().value())
                .param("user", actor.id().value())
                .param("name", name.trim())
                .param("hash", OrganisationSecrets.sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .param("expires", Timestamp.from(expires))
                .update();
        audit.record(AuditRecord.of("api-token.created", Outcome.SUCCESS).about("api-token", id));
        return new CreatedToken(id, token, expires);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public List<TokenView> mine() {
        return jdbc.sql("select * from api_tokens where user_id = :user order by created_at desc")
                .param("user", Tenancy.currentActor().orElseThrow().id().value())
                .query((row, n) -> new TokenView(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant(),
                        Optional.ofNullable(row.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        row.getTimestamp("revoked_at") != null))
                .list();
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
    public void revoke(UUID id) {
        int revoked = jdbc.sql("update api_tokens set revoked_at = :now where id = :id and user_id = :user"
                        + " and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("user", Tenancy.currentActor().orElseThrow().id().value())
                .update();
        if (revoked == 0) {
            throw new NotFound("API token");
        }
        audit.record(AuditRecord.of("api-token.revoked", Outcome.SUCCESS).about("api-token", id));
    }

    /** The actor a presented token stands for, if it is valid, unexpired, unrevoked and its user active. */
    @Transactional
    public Optional<Actor> authenticate(String token) {
        Matcher parts = FORMAT.matcher(token == null ? "" : token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String hex = parts.group(1);
        OrganisationId organisation = OrganisationSecrets.organisation(hex);
        return tenancy.callAs(organisation, () -> {
            Optional<Actor> actor = jdbc.sql("update api_tokens set last_used_at = :now where token_hash = :hash"
                            + " and revoked_at is null and expires_at > :now returning user_id, id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("hash", OrganisationSecrets.sha256(token))
                    .query((row, n) -> row.getObject("user_id", UUID.class))
                    .optional()
                    .flatMap(user -> accounts.find(new org.custodia.shared.UserId(user)))
                    .filter(user -> user.status() == UserStatus.ACTIVE)
                    .map(UserAccount::actor);
            if (actor.isEmpty()) {
                audit.record(
                        AuditRecord.of("api-token.refused", Outcome.FAILURE).about("api-token", null));
            }
            return actor;
        });
    }
}
