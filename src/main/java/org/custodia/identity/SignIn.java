package org.custodia.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.encryption.Pseudonyms;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.identity.internal.SignInThrottle;
import org.custodia.identity.internal.TwoFactor;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.platform.RequestContext;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an Organisation ID, email and password, then a second factor where one applies. Every
 * attempt is audited. Unknown organisations, unknown emails, wrong passwords and disabled accounts all
 * get the same refusal after the same Argon2 work, so nothing can be learnt about who has an account.
 */
@Component
public class SignIn {

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final PlatformOperators operators;
    private final PasswordHashing hashing;
    private final SignInThrottle throttle;
    private final TwoFactor twoFactor;
    private final Pseudonyms pseudonyms;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final Clock clock;

    SignIn(
            Organisations organisations,
            UserAccounts accounts,
            PlatformOperators operators,
            PasswordHashing hashing,
            SignInThrottle throttle,
            TwoFactor twoFactor,
            Pseudonyms pseudonyms,
            Tenancy tenancy,
            AuditTrail audit,
            Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.accounts = accounts;
        this.operators = operators;
        this.hashing = hashing;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.pseudonyms = pseudonyms;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    @Transactional
    public SignInResult withPassword(String organisationCode, String email, String password) {
        String code = organisationCode.trim().toUpperCase(Locale.ROOT);
        String accountKey =
                pseudonyms.of("sign-in-account", code + "\n" + email.trim().toLowerCase(Locale.ROOT));
        String clientKey = pseudonyms.of(
                "sign-in-client",
                RequestContext.current().map(RequestContext::clientAddress).orElse("unknown"));
        Optional<Organisation> organisation = organisations.findByCode(code);
        Optional<Duration> lock = longest(throttle.lockedFor(accountKey), throttle.lockedFor(clientKey));
        if (lock.isPresent()) {
            AuditRecord throttled = attempt(Outcome.FAILURE, "throttled");
            tenancy.runAs(organisation.map(Organisation::id).orElse(null), () -> audit.record(throttled));
            return new SignInResult.Throttled(lock.get());
        }
        if (code.equals(Organisations.PLATFORM_CODE)) {
            return operator(email, password, accountKey, clientKey);
        }
        if (organisation.isEmpty()) {
            hashing.matches(password, null);
            return refuse(accountKey, clientKey, attempt(Outcome.FAILURE, "unknown organisation"));
        }
        Organisation found = organisation.get();
        return tenancy.callAs(found.id(), () -> member(found, email, password, accountKey, clientKey));
    }

    private SignInResult member(
            Organisation organisation, String email, String password, String accountKey, String clientKey) {
        Optional<UserAccount> user = accounts.findByEmail(email);
        boolean passwordMatches =
                hashing.matches(password, user.map(UserAccount::passwordHash).orElse(null));
        if (user.isEmpty()) {
            return refuse(accountKey, clientKey, attempt(Outcome.FAILURE, "unknown email"));
        }
        AuditRecord attempt =
                attempt(Outcome.FAILURE, null).about("user", user.get().id());
        if (!passwordMatches) {
            return refuse(accountKey, clientKey, attempt.withDetail("wrong password"));
        }
        if (user.get().status() != UserStatus.ACTIVE) {
            return refuse(
                    accountKey,
                    clientKey,
                    attempt.withDetail("account " + user.get().status()));
        }
        throttle.succeeded(accountKey);
        if (hashing.needsUpgrade(user.get().passwordHash())) {
            accounts.updatePassword(user.get().id(), hashing.hash(password), clock.instant());
        }
        Actor actor = user.get().actor();
        if (user.get().totpEnabled() || organisation.mfaRequired()) {
            audit.record(attempt(Outcome.SUCCESS, "password accepted; second factor needed")
                    .about("user", actor.id())
                    .by(actor));
            return new SignInResult.SecondFactorNeeded(actor, !user.get().totpEnabled());
        }
        audit.record(attempt(Outcome.SUCCESS, null).about("user", actor.id()).by(actor));
        accounts.recordSignIn(actor.id(), clock.instant());
        return new SignInResult.SignedIn(actor);
    }

    private SignInResult operator(String email, String password, String accountKey, String clientKey) {
        Optional<PlatformOperators.Operator> operator = operators.findByEmail(email);
        boolean matches = hashing.matches(
                password, operator.map(PlatformOperators.Operator::passwordHash).orElse(null));
        if (operator.isEmpty() || !matches || !operator.get().active()) {
            return refuse(accountKey, clientKey, attempt(Outcome.FAILURE, "operator refused"));
        }
        throttle.succeeded(accountKey);
        Actor actor = operator.get().actor();
        audit.record(attempt(Outcome.SUCCESS, "operator")
                .about("operator", actor.id())
                .by(actor));
        return new SignInResult.SignedIn(actor);
    }

    /** The second step: a code from the authenticator app of a person whose password was accepted. */
    @Transactional
    public SignInResult withCode(Actor pending, String code) {
        String key = pseudonyms.of("sign-in-code", pending.id().toString());
        return tenancy.callAs(pending.organisation(), () -> {
            Optional<Duration> lock = throttle.lockedFor(key);
            if (lock.isPresent()) {
                audit.record(attempt(Outcome.FAILURE, "second factor throttled").about("user", pending.id()));
                return new SignInResult.Throttled(lock.get());
            }
            UserAccount user = accounts.find(pending.id()).orElseThrow();
            if (user.status() != UserStatus.ACTIVE || !twoFactor.verify(user, code)) {
                throttle.accountFailed(key);
                audit.record(
                        attempt(Outcome.FAILURE, "wrong second factor code").about("user", pending.id()));
                return new SignInResult.Refused();
            }
            throttle.succeeded(key);
            audit.record(attempt(Outcome.SUCCESS, "second factor")
                    .about("user", pending.id())
                    .by(pending));
            accounts.recordSignIn(pending.id(), clock.instant());
            return new SignInResult.SignedIn(user.actor());
        });
    }

    /** The second step for someone who must first set up an authenticator app. */
    @Transactional
    public SignInResult enrolDuringSignIn(Actor pending, byte[] secret, String code) {
        return tenancy.callAs(pending.organisation(), () -> {
            if (!twoFactor.enrol(pending.id(), secret, code)) {
                audit.record(attempt(Outcome.FAILURE, "second factor set-up code wrong")
                        .about("user", pending.id()));
                return new SignInResult.Refused();
            }
            audit.record(AuditRecord.of("two-factor.enabled", Outcome.SUCCESS)
                    .about("user", pending.id())
                    .by(pending));
            audit.record(attempt(Outcome.SUCCESS, "second factor set up")
                    .about("user", pending.id())
                    .by(pending));
            accounts.recordSignIn(pending.id(), clock.instant());
            return new SignInResult.SignedIn(pending);
        });
    }

    private SignInResult refuse(String accountKey, String clientKey, AuditRecord record) {
        throttle.accountFailed(accountKey);
        throttle.clientFailed(clientKey);
        audit.record(record);
        return new SignInResult.Refused();
    }

    private static AuditRecord attempt(Outcome outcome, String detail) {
        return AuditRecord.of("sign-in", outcome).withDetail(detail);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(other -> other.compareTo(a.get()) > 0).or(() -> a);
    }
}
